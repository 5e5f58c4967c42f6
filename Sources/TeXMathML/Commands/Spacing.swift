/// Horizontal space: the fixed spaces (`\,` `\quad`; negative ones pull
/// together), spaces of a given length (`\hspace{1em}`, `\kern-3mu`), and
/// plain TeX's stretch and break hints, which show nothing.
extension TeXParser {
    static let spacingCommands: [Command] = [
        (",", "0.1667em"), ("thinspace", "0.1667em"), (":", "0.2222em"), (">", "0.2222em"), ("medspace", "0.2222em"),
        (";", "0.2778em"), ("thickspace", "0.2778em"), ("!", "-0.1667em"), ("negthinspace", "-0.1667em"),
        ("negmedspace", "-0.2222em"), ("negthickspace", "-0.2778em"), ("quad", "1em"), ("qquad", "2em"), ("enspace", "0.5em"),
        (" ", "0.3333em"), ("space", "0.3333em"), ("nobreakspace", "0.3333em"),
    ].map { Command($0, space: $1) } + [
        Command(["hspace", "hspace*", "kern", "mkern", "hskip", "mskip", "mspace"], [.length]) { parser, call in
            Atom(base: MathElement("mspace", [("width", Self.em(try parser.lengthArgument(&call)))]))
        },
        Command(["hfil", "hfill", "hfilll", "break", "goodbreak", "badbreak", "nobreak", "allowbreak", "nonscript"]) { _, _ in
            // Stretch and break hints: a browser lays the row out itself.
            Atom(base: MathElement("mrow"))
        },
    ]
}
