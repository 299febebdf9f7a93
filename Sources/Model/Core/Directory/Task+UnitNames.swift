extension Task {
    /// The task with every unit name read again through `directory`: a name the directory now
    /// spells another way (an alias was made, a unit renamed) becomes the unit's name; names it
    /// does not know stay as written. Also returns each rename made, as `old → new`.
    public func resolvingUnitNames(through directory: Directory) -> (task: Task, renamed: [String]) {
        var task = self, renamed: [String] = []
        func resolve(_ names: [String]) -> [String] {
            var seen = Set<String>()
            return names.compactMap { name in
                let resolved = directory.name(spelled: name) ?? name
                if resolved != name, !renamed.contains("\(name) → \(resolved)") { renamed.append("\(name) → \(resolved)") }
                return seen.insert(resolved).inserted ? resolved : nil
            }
        }
        task.leadUnits = resolve(leadUnits)
        task.responsibleUnits = resolve(responsibleUnits)
        task.cooperatingUnits = resolve(cooperatingUnits)
        return (task, renamed)
    }
}
