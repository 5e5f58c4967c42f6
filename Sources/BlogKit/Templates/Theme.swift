import Foundation
import Mustache

/// The mustache templates of a site, parsed and checked before any page is
/// rendered: a template that does not parse, a required template that is
/// missing and a partial that names no template are all build errors.
struct Theme: Sendable {
    /// Templates every site needs, one per kind of page; `layout` is the base
    /// the page templates extend.
    static let requiredTemplates = ["layout", "post", "list", "taxonomy", "archive", "terms", "404", "feed.xml", "sitemap.xml"]
    static let folder = "Templates"
    /// Templates under `Templates/site/` show the same on every page (a
    /// sidebar, a header): they are rendered once per build, seeing only
    /// the site-wide values, like Hugo's `partialCached`.
    static let siteWidePrefix = "site/"

    private var library: MustacheLibrary
    /// For each template, the partials and parents it names.
    private let references: [String: Set<String>]
    /// Each template's text, by name.
    private let texts: [String: String]

    /// - Parameter files: every `.mustache` file, with paths such as
    ///   `Templates/partials/header.mustache`.
    init(files: [SourceFile]) throws {
        var errors = ErrorCollector()
        var library = MustacheLibrary()
        var names: Set<String> = []
        var references: [String: Set<String>] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = Self.templateName(file.path)
            names.insert(name)
            errors.attempt {
                do {
                    library.register(try MustacheTemplate(string: Self.escapingPragma + file.text), named: name)
                } catch let error as MustacheTemplate.ParserError {
                    throw BuildError(
                        path: file.path, line: error.context.lineNumber - 1, column: error.context.columnNumber,
                        message: "template does not parse: \(Self.describe(error.error))",
                        hint: "check that every {{#section}} has its {{/section}} with the same name")
                }
            }
        }
        for required in Self.requiredTemplates where !names.contains(required) {
            errors.record(
                BuildError(
                    path: "\(Self.folder)/\(required).mustache", message: "template '\(required)' is missing",
                    hint: "add it, or copy it from the default theme that 'blog init' writes"))
        }
        for file in files {
            let found = Self.partialReferences(in: file.text)
            references[Self.templateName(file.path), default: []].formUnion(found.map(\.name))
            for reference in found where !names.contains(reference.name) {
                errors.record(
                    BuildError(
                        path: file.path, line: reference.line, column: reference.column,
                        message: "template '\(reference.name)' is missing",
                        hint: "create \(Self.folder)/\(reference.name).mustache or fix the name"))
            }
        }
        // A template that reaches itself through partials or parents would
        // render without end (and overflow the stack): logic-less templates
        // have nothing to stop the recursion with these views.
        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = Self.templateName(file.path)
            if Self.reached(from: references[name] ?? [], references: references).contains(name) {
                errors.record(
                    BuildError(
                        path: file.path, line: 1, column: 1, message: "template '\(name)' includes itself through its partials or parents",
                        hint: "remove the partial or parent that leads back to it"))
            }
        }
        try errors.throwIfAny()
        self.library = library
        self.references = references
        self.texts = Dictionary(files.map { (Self.templateName($0.path), $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the theme has the template `name` (`page`, which only sites
    /// with standalone pages need).
    func has(_ name: String) -> Bool {
        texts[name] != nil
    }

    /// The templates of `other` that read the same here, with every partial
    /// and parent they reach: from the same view, they render the same page.
    func templatesReadingTheSame(in other: Theme) -> Set<String> {
        Set(
            other.texts.keys.filter { name in
                Self.reached(from: [name], references: other.references).allSatisfy { texts[$0] == other.texts[$0] }
            })
    }

    /// For each template, a digest of its text and of every partial and
    /// parent it reaches: templates with the same digest render the same
    /// page from the same view.
    func digests() -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: texts.keys.map { name in
                var hash = StableHash()
                for reached in Self.reached(from: [name], references: references).sorted() {
                    hash.combine(reached)
                    hash.combine(texts[reached] ?? "")
                }
                return (name, hash.digest)
            })
    }

    /// This theme with every site-wide template rendered once with
    /// `context` (the values every page shares) and included as that text.
    func renderingSiteWide(with context: SiteWideView) -> Theme {
        var theme = self
        for name in references.keys.sorted() where name.hasPrefix(Self.siteWidePrefix) {
            let text = library.render(context, withTemplate: name) ?? ""
            // Literal text: a set-delimiters line (standalone, so it leaves no
            // trace) switches to delimiters the text cannot contain.
            guard !text.unicodeScalars.contains(where: { $0 == "\u{E002}" || $0 == "\u{E003}" }),
                let literal = try? MustacheTemplate(string: "{{=\u{E002} \u{E003}=}}\n" + text)
            else { continue }
            theme.library.register(literal, named: name)
        }
        return theme
    }

    /// Renders a page. Templates were checked when loading, so this cannot fail.
    func render(_ context: PageView, template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// `names` and every template they reach through partials and parents, at any depth.
    private static func reached(from names: Set<String>, references: [String: Set<String>]) -> Set<String> {
        var reached: Set<String> = []
        var pending = Array(names)
        while let next = pending.popLast() {
            if reached.insert(next).inserted { pending += references[next] ?? [] }
        }
        return reached
    }

    /// `Templates/partials/header.mustache` is the partial `partials/header`.
    static func templateName(_ path: String) -> String {
        var name = path
        if name.hasPrefix(folder + "/") { name.removeFirst(folder.count + 1) }
        if name.hasSuffix(".mustache") { name.removeLast(".mustache".count) }
        return name
    }
}

extension Theme {
    /// Mustache escapes `{{value}}` one Character at a time through a
    /// dictionary, which was a tenth of a whole build. Every template starts
    /// with this line (standalone, so it leaves no trace in the output), which
    /// switches to the same escaping done on bytes; a template's own
    /// `CONTENT_TYPE` pragma still wins. Errors count lines without it.
    private static let escapingPragma: String = {
        MustacheContentTypes.register(ByteEscapedHTML(), named: "BLOG_HTML")
        return "{{% CONTENT_TYPE: BLOG_HTML}}\n"
    }()

    private struct ByteEscapedHTML: MustacheContentType {
        func escapeText(_ text: String) -> String {
            HTMLEscaping.escape(text, apostrophes: true)
        }
    }

    private struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    /// Partials (`{{> name}}`) and parents (`{{< name}}`) named in a
    /// template, read as mustache reads tags: across lines, and with the
    /// delimiters a set-delimiter tag (`{{=<% %>=}}`) switches to. What
    /// this finds decides which pages an edited partial templates again.
    private static func partialReferences(in text: String) -> [Reference] {
        var references: [Reference] = []
        var (opening, closing) = ("{{", "}}")
        var rest = text[...]
        while let open = rest.range(of: opening), let close = rest[open.upperBound...].range(of: closing) {
            let tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            rest = rest[close.upperBound...]
            if let sigil = tag.first, sigil == ">" || sigil == "<" {
                let before = text[..<open.lowerBound]
                let lineStart = before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
                references.append(
                    Reference(
                        name: tag.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines), line: before.count { $0 == "\n" } + 1,
                        column: before.distance(from: lineStart, to: before.endIndex) + 1))
            } else if tag.count > 2, tag.hasPrefix("="), tag.hasSuffix("=") {
                let delimiters = tag.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if delimiters.count == 2 { (opening, closing) = (String(delimiters[0]), String(delimiters[1])) }
            }
        }
        return references
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with another name"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "a set-delimiter tag is malformed"
        default: "\(error)"
        }
    }
}
