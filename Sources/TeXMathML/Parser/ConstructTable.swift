/// Constructs by command name, several names sharing one: what the parser's
/// files of constructs (`TeXParser+Boxes`, `TeXParser+AMS`…) each define.
struct ConstructTable {
    private(set) var constructs: [String: TeXParser.Construct] = [:]

    mutating func add(_ names: [String], _ construct: @escaping TeXParser.Construct) {
        for name in names {
            // Not inside the assert: a release build does not evaluate it.
            let previous = constructs.updateValue(construct, forKey: name)
            assert(previous == nil, "\\\(name) is defined twice")
        }
    }
}
