import ModelRead

extension AppState {
    /// While a filter that no task passes is on: the nearest name to one it wrote that matches
    /// nothing, as a question, `没有“马常军”，是否为 马长军？`; nil otherwise.
    var suggestionText: String? {
        filtered.value(SuggestionKey()) {
            guard let matcher = filter.matcher, filterPass.mask?.contains(true) == false,
                let suggestion = matcher.suggestion(over: snapshot)
            else { return CachedSuggestion(text: nil) }
            return CachedSuggestion(text: text(.noSuchName).replacingPlaceholders(suggestion.written, suggestion.name))
        }.text
    }
}

/// The key of `suggestionText` in the filtered cache.
private struct SuggestionKey: Hashable {}

/// What the cache keeps: an optional of its own, as the cache's miss is a nil that any
/// optional would take for a value.
private struct CachedSuggestion {
    let text: String?
}
