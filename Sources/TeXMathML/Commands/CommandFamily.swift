/// The families of commands, a file of registry entries each: what the
/// parser's table is made of, and what the coverage listing and the
/// gallery's check go by.
enum CommandFamily: String, CaseIterable, Sendable {
    case symbols, fractions, roots, scripts, operators, classes, accents, arrows, delimiters, fonts, text, boxes, styling, spacing
    case references, definitions, environments, braket, mathJax = "MathJax"

    var commands: [Command] {
        switch self {
        case .symbols: TeXParser.symbolCommands
        case .fractions: TeXParser.fractionCommands
        case .roots: TeXParser.rootCommands
        case .scripts: TeXParser.scriptCommands
        case .operators: TeXParser.operatorCommands
        case .classes: TeXParser.classCommands
        case .accents: TeXParser.accentCommands
        case .arrows: TeXParser.arrowCommands
        case .delimiters: TeXParser.delimiterCommands
        case .fonts: TeXParser.fontCommands
        case .text: TeXParser.textCommands
        case .boxes: TeXParser.boxCommands
        case .styling: TeXParser.stylingCommands
        case .spacing: TeXParser.spacingCommands
        case .references: TeXParser.referenceCommands
        case .definitions: TeXParser.definitionCommands
        case .environments: TeXParser.environmentCommands
        case .braket: TeXParser.braketCommands
        case .mathJax: TeXParser.mathJaxCommands
        }
    }
}
