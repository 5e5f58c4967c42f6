/// The braket package: Dirac's `\bra{x}` ⟨x|, `\ket{x}` |x⟩, `\braket{x|y}`
/// ⟨x|y⟩, `\ketbra{x}{y}` |x⟩⟨y|, and set-builder `\set{x|P}` {x|P}. The
/// capitalized forms grow with their content, bars included.
extension TeXParser {
    static let braketCommands: [Command] = [false, true].flatMap { grows in
        [("bra", ("⟨", "|")), ("ket", ("|", "⟩")), ("braket", ("⟨", "⟩")), ("set", ("{", "}"))].map { name, fences in
            // In `\braket` and `\set` a bar inside separates; `\set` has one such bar.
            let bars = name == "braket" ? Int.max : name == "set" ? 1 : 0
            return Command([grows ? name.prefix(1).uppercased() + name.dropFirst() : name], [.math]) { parser, call in
                Atom(base: Self.bracketed(try parser.mathArgument(&call), fences, grows: grows, bars: bars))
            }
        } + [
            Command([grows ? "Ketbra" : "ketbra"], [.math, .math]) { parser, call in
                let ket = Self.bracketed(try parser.mathArgument(&call), ("|", "⟩"), grows: grows, bars: 0)
                let bra = Self.bracketed(try parser.mathArgument(&call), ("⟨", "|"), grows: grows, bars: 0)
                return Atom(base: MathElement("mrow", children: [ket, bra]))
            },
        ]
    }

    /// `content` between fences; up to `bars` of its top-level bars (`||`
    /// read as one double bar) become separators, stretching when it grows.
    private static func bracketed(_ content: MathElement, _ fences: (open: String, close: String), grows: Bool, bars: Int) -> MathElement {
        func fence(_ text: String) -> MathElement {
            MathElement("mo", text: text, [("fence", "true"), ("stretchy", grows ? "true" : "false"), ("symmetric", "true")])
        }
        var parts = content.name == "mrow" ? content.children : [content]
        var separators = 0
        var index = 0
        while index < parts.count, separators < bars {
            if parts[index].name == "mo", let text = parts[index].text, text == "|" || text == "‖" {
                var bar = text
                if text == "|", index + 1 < parts.count, parts[index + 1].name == "mo", parts[index + 1].text == "|" {
                    parts.remove(at: index + 1)
                    bar = "‖"
                }
                parts[index] = MathElement("mo", text: bar, [("stretchy", grows ? "true" : "false"), ("lspace", "0.2222em"), ("rspace", "0.2222em")])
                separators += 1
            }
            index += 1
        }
        // `\Set` pads its braces with thin spaces, as braket.sty does.
        let padding = grows && fences.open == "{" ? [space("0.1667em")] : []
        return MathElement("mrow", children: [fence(fences.open)] + padding + parts + padding + [fence(fences.close)])
    }
}
