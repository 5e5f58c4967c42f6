import Foundation
import Yams

/// Turns a Markdown source file into a `Post`, reporting every front matter
/// problem with its location.
struct PostParser {
    var timeZone: TimeZone

    func parse(_ source: SourceFile) throws -> Post {
        var file = source
        let warning: BuildError?
        (file.text, warning) = XMLText.removingForbidden(from: source.text, path: source.path)
        let split = try FrontMatter.split(file.text, path: file.path)
        let node = try YAMLDocument.parse(split.yaml, path: file.path, lineOffset: split.yamlLineOffset)
        var fields: [String: Node] = [:]
        var keyOrder: [String] = []
        if let node {
            guard case .mapping(let mapping) = node else {
                throw located(node, split, file, "front matter must be a mapping of fields", hint: "write one 'key: value' per line")
            }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                fields[name] = value
                keyOrder.append(name)
            }
        }

        var errors = ErrorCollector()
        let titleAttempt = errors.attempt { try requiredText("title", fields, split, file) }
        // A page (about, links) need not say when it was written.
        let isPage = file.path.hasPrefix(SiteLoader.pagesFolder + "/")
        let isUndatedPage = isPage && fields["date"] == nil
        let dateAttempt = isUndatedPage ? Date.distantPast : errors.attempt { try requiredDate("date", fields, split, file) }
        let updated = errors.attempt { try fields["updated"].map { try parseDate($0, "updated", split, file) } } ?? nil
        let id = errors.attempt { try fields["id"].map { try urlSegment($0, "id", split, file) } } ?? nil
        let slug = errors.attempt { try fields["slug"].map { try urlSegment($0, "slug", split, file) } } ?? nil
        let series = errors.attempt { try fields["series"].map { try text($0, "series", split, file).trimmingCharacters(in: .whitespaces) } } ?? nil
        let seriesOrder = errors.attempt { try fields["series_order"].map { try whole($0, "series_order", split, file) } } ?? nil
        let menu = errors.attempt { try fields["menu"].map { try whole($0, "menu", split, file) } } ?? nil
        let (title, date) = try errors.values(titleAttempt, dateAttempt)

        let known: Set = ["title", "date", "updated", "id", "slug", "categories", "tags", "draft", "excerpt", "math", "series", "series_order", "menu", "search"]
        var params: [String: MetadataValue] = [:]
        for key in keyOrder where !known.contains(key) {
            if let node = fields[key] { params[key] = MetadataValue(node: node) }
        }
        var post = Post(
            path: file.path, id: id, slug: slug ?? Self.fileSlug(file.path), title: title, date: date,
            updated: updated, categories: names(fields["categories"]), tags: names(fields["tags"]),
            isDraft: fields["draft"]?.bool ?? false, excerpt: fields["excerpt"]?.string,
            params: params, body: split.body, bodyLine: split.bodyLine)
        post.hasMathEnabled = fields["math"]?.bool ?? true
        post.isSearchable = fields["search"]?.bool ?? true
        post.series = series
        post.seriesOrder = seriesOrder
        post.isPage = isPage
        post.isDated = !isUndatedPage
        post.menu = menu
        post.warnings = warning.map { [$0] } ?? []
        for (key, node) in fields {
            if let mark = node.mark {
                post.fieldLocations[key] = SourceLocation(line: mark.line + split.yamlLineOffset, column: mark.column)
            }
        }
        return post
    }

    /// `Content/posts/2020/my-post.md` gives `my-post`.
    static func fileSlug(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    private func requiredText(_ key: String, _ fields: [String: Node], _ split: FrontMatter, _ file: SourceFile) throws -> String {
        guard let node = fields[key] else {
            throw BuildError(path: file.path, line: 1, column: 1, message: "missing \(key)", hint: "add '\(key): …' to the front matter")
        }
        return try text(node, key, split, file)
    }

    private func text(_ node: Node, _ key: String, _ split: FrontMatter, _ file: SourceFile) throws -> String {
        guard case .scalar = node, let text = node.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw located(node, split, file, "\(key) must be non-empty text", hint: "write '\(key): …' with a value, quoted if it contains ': '")
        }
        return text
    }

    private func whole(_ node: Node, _ key: String, _ split: FrontMatter, _ file: SourceFile) throws -> Int {
        guard case .scalar = node, let number = node.int else {
            throw located(node, split, file, "\(key) must be a whole number", hint: "write it as a number, for example '\(key): 3'")
        }
        return number
    }

    private func requiredDate(_ key: String, _ fields: [String: Node], _ split: FrontMatter, _ file: SourceFile) throws -> Date {
        guard let node = fields[key] else {
            throw BuildError(
                path: file.path, line: 1, column: 1, message: "missing date",
                hint: "add 'date: 2020-01-29' or 'date: 2020-01-29 10:21:00' to the front matter")
        }
        return try parseDate(node, key, split, file)
    }

    private func parseDate(_ node: Node, _ key: String, _ split: FrontMatter, _ file: SourceFile) throws -> Date {
        guard case .scalar(let scalar) = node, let date = PostDate.parse(scalar.string, timeZone: timeZone) else {
            let written = node.string.map { " '\($0)'" } ?? ""
            throw located(
                node, split, file, "cannot read \(key)\(written)",
                hint: "write it as 2020-01-29, 2020-01-29 10:21:00 or 2020-01-29T10:21:00+08:00")
        }
        return date
    }

    private func urlSegment(_ node: Node, _ key: String, _ split: FrontMatter, _ file: SourceFile) throws -> String {
        guard case .scalar = node, let text = node.string, URLPath.isSegment(text) else {
            throw located(node, split, file, "\(key) must be one URL segment", hint: "use letters, digits and '-', without spaces or '/'")
        }
        return text
    }

    /// Categories and tags may be a list or a single name.
    private func names(_ node: Node?) -> [String] {
        guard let node else { return [] }
        let raw: [String]
        switch node {
        case .sequence(let sequence): raw = sequence.compactMap(\.string)
        case .scalar(let scalar): raw = [scalar.string]
        default: raw = []
        }
        var seen = Set<String>()
        return raw.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private func located(_ node: Node, _ split: FrontMatter, _ file: SourceFile, _ message: String, hint: String) -> BuildError {
        SiteConfig.located(node, path: file.path, lineOffset: split.yamlLineOffset, message, hint: hint)
    }
}
