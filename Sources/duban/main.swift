import Model
print(Status.done.label)
