import BlogKit
import Foundation

/// Maps Typecho's rows to a site's files:
///
/// - posts (`post`, and `post_draft` never published) → `Content/posts/YYYY/<cid>.md`;
/// - pages (`page`) → `Content/pages/<slug>.md`, `menu:` from their `order`;
/// - approved comments → `Content/comments/<cid>.yml`, without e-mail or IP.
///
/// Dates are Unix times, written in the site's time zone.
public struct TypechoImporter {
    public var timeZone: TimeZone
    /// `typecho_`, for messages that name tables.
    public var prefix: String
    /// blog.yml's `category_slugs`, so only missing ones are suggested.
    public var knownCategorySlugs: [String: String] = [:]
    /// blog.yml's, to find the posts whose URL a year's listing takes.
    public var permalinks = Permalinks()

    public init(timeZone: TimeZone, prefix: String = "typecho_", knownCategorySlugs: [String: String] = [:], permalinks: Permalinks = Permalinks()) {
        self.timeZone = timeZone
        self.prefix = prefix
        self.knownCategorySlugs = knownCategorySlugs
        self.permalinks = permalinks
    }

    public func plan(_ rows: TypechoRows) -> ImportPlan {
        var plan = ImportPlan()
        let metas = Dictionary(rows["metas"].compactMap { row in row["mid"]?.int.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        var metasOfContent: [Int: [TypechoRows.Row]] = [:]
        for relation in rows["relationships"] {
            guard let cid = relation["cid"]?.int, let mid = relation["mid"]?.int, let meta = metas[mid] else { continue }
            metasOfContent[cid, default: []].append(meta)
        }
        var imported = Set<Int>()
        var published: [(cid: Int, post: ImportedPost)] = []
        var skippedTypes: [String: Int] = [:]
        for row in rows["contents"].sorted(by: { ($0["cid"]?.int ?? 0) < ($1["cid"]?.int ?? 0) }) {
            guard let cid = row["cid"]?.int else { continue }
            let type = row["type"]?.string ?? "post"
            let origin = "\(prefix)contents cid \(cid)"
            let parent = row["parent"]?.int ?? 0
            switch type {
            case "post", "page", "post_draft", "page_draft":
                // A draft with a parent is an unsaved edit of a published
                // post: the post itself is imported, this would be its double.
                if type.hasSuffix("_draft"), parent != 0 {
                    plan.summary.skipped.append("\(origin): an unpublished edit of cid \(parent), which is imported as last published")
                    continue
                }
                var post = basePost(row, cid: cid, origin: origin, plan: &plan)
                if type.hasSuffix("_draft") { post.draftReason = post.draftReason ?? "draft" }
                if type.hasPrefix("page") {
                    let slug = row["slug"]?.string.flatMap { ImportedPost.isURLSegment($0) ? $0 : nil } ?? String(cid)
                    post.slug = slug
                    post.updated = nil
                    post.menu = row["order"]?.int
                    plan.add(post, at: "Content/pages/\(slug).md", origin: origin, isPage: true)
                } else {
                    let assigned = metasOfContent[cid] ?? []
                    post.categories = names(assigned, type: "category")
                    post.tags = names(assigned, type: "tag")
                    let year = DateText.format(unixTime: row["created"]?.int ?? 0, in: timeZone).year
                    plan.add(post, at: "Content/posts/\(year)/\(cid).md", origin: origin)
                    if post.draftReason == nil { published.append((cid, post)) }
                }
                imported.insert(cid)
            default:
                skippedTypes[type, default: 0] += 1
            }
        }
        for (type, count) in skippedTypes.sorted(by: { $0.key < $1.key }) {
            let why = type == "attachment" ? " (uploaded files: copy Typecho's usr/uploads/ into Content/usr/uploads/ to keep their URLs)" : ""
            plan.summary.skipped.append("\(prefix)contents: \(count) of type '\(type)'\(why)")
        }
        addComments(rows["comments"], of: imported, to: &plan)
        warnOfYearCollisions(published, plan: &plan)
        advise(rows, metas: Array(metas.values), plan: &plan)
        return plan
    }

    /// Title, dates, id, slug, body and draft state, common to posts and pages.
    private func basePost(_ row: TypechoRows.Row, cid: Int, origin: String, plan: inout ImportPlan) -> ImportedPost {
        let created = row["created"]?.int ?? 0
        var title = (row["title"]?.string ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty {
            title = "Untitled \(cid)"
            plan.summary.warnings.append(BuildError(path: origin, severity: .warning, message: "no title: written as '\(title)'", hint: "give it a title in its file"))
        }
        var post = ImportedPost(title: title, date: DateText.format(unixTime: created, in: timeZone).text, body: body(row["text"]?.string ?? "", origin: origin, plan: &plan))
        post.id = cid
        if let modified = row["modified"]?.int, modified > created {
            post.updated = DateText.format(unixTime: modified, in: timeZone).text
        }
        if let slug = row["slug"]?.string, !slug.isEmpty, slug != String(cid) {
            if ImportedPost.isURLSegment(slug) {
                post.slug = slug
            } else {
                plan.summary.warnings.append(BuildError(path: origin, severity: .warning, message: "slug '\(slug)' is not one URL segment: left out", hint: "set 'slug:' in its file by hand, without spaces or '/'"))
            }
        }
        let status = row["status"]?.string ?? "publish"
        if status != "publish" {
            post.draftReason = status
        } else if let password = row["password"]?.string, !password.isEmpty {
            post.draftReason = "password-protected"
        }
        return post
    }

    /// The Markdown of Typecho's editor, without its `<!--markdown-->` mark;
    /// `<!--more-->` stays, BlogKit cuts excerpts there too. Line ends as `\n`.
    private func body(_ text: String, origin: String, plan: inout ImportPlan) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
        let mark = "<!--markdown-->"
        guard unified.hasPrefix(mark) else {
            if !unified.isEmpty {
                plan.summary.warnings.append(BuildError(
                    path: origin, severity: .warning, message: "the body is HTML (Typecho's rich-text editor), not Markdown",
                    hint: "Markdown passes HTML through, so it shows; check its math and blank lines"))
            }
            return unified
        }
        return String(unified.dropFirst(mark.count)).trimmingCharacters(in: .newlines) + "\n"
    }

    /// Categories in Typecho's order (`order`, then id), tags by id.
    private func names(_ metas: [TypechoRows.Row], type: String) -> [String] {
        metas.filter { $0["type"]?.string == type }
            .sorted { ($0["order"]?.int ?? 0, $0["mid"]?.int ?? 0) < ($1["order"]?.int ?? 0, $1["mid"]?.int ?? 0) }
            .compactMap { $0["name"]?.string }
    }

    /// Approved comments, by post, in the order they were made. Never the
    /// e-mail, IP or browser: the files are in the site's sources, maybe in
    /// a public repository.
    private func addComments(_ rows: [TypechoRows.Row], of imported: Set<Int>, to plan: inout ImportPlan) {
        var byContent: [Int: [TypechoRows.Row]] = [:]
        var left: [String: Int] = [:]
        for row in rows {
            let status = row["status"]?.string ?? "approved"
            let type = row["type"]?.string ?? "comment"
            guard let cid = row["cid"]?.int, imported.contains(cid) else {
                left["of content not imported", default: 0] += 1
                continue
            }
            if type != "comment" {
                left[type, default: 0] += 1
            } else if status != "approved" {
                left[status, default: 0] += 1
            } else {
                byContent[cid, default: []].append(row)
            }
        }
        for (reason, count) in left.sorted(by: { $0.key < $1.key }) {
            plan.summary.skipped.append("\(prefix)comments: \(count) \(reason)")
        }
        for (cid, comments) in byContent.sorted(by: { $0.key < $1.key }) {
            let ordered = comments.sorted { ($0["created"]?.int ?? 0, $0["coid"]?.int ?? 0) < ($1["created"]?.int ?? 0, $1["coid"]?.int ?? 0) }
            let list = FrontMatterValue.list(ordered.map(comment))
            let path = "Content/comments/\(cid).yml"
            do {
                let text = "# Approved comments of post \(cid), imported from Typecho (no e-mails or IPs).\n" + (try FrontMatterWriter.yaml(list))
                plan.files.append(ImportedFile(path: path, contents: .text(text), kind: .comments(count: ordered.count), origin: "\(prefix)comments of cid \(cid)"))
            } catch {
                plan.summary.skipped.append("\(path): could not be written (\(error))")
            }
        }
    }

    /// `{id, parent, author, url, date, text}`; `parent` only for a reply, `url` only when given.
    private func comment(_ row: TypechoRows.Row) -> FrontMatterValue {
        var fields: [(key: String, value: FrontMatterValue)] = [("id", .integer(row["coid"]?.int ?? 0))]
        if let parent = row["parent"]?.int, parent != 0 { fields.append(("parent", .integer(parent))) }
        fields.append(("author", .text(row["author"]?.string ?? "")))
        if let url = row["url"]?.string, !url.isEmpty { fields.append(("url", .text(url))) }
        fields.append(("date", .plain(DateText.format(unixTime: row["created"]?.int ?? 0, in: timeZone).text)))
        fields.append(("text", .text((row["text"]?.string ?? "").replacingOccurrences(of: "\r\n", with: "\n"))))
        return .table(fields)
    }

    /// Typecho's cids reach the thousands: with `post: /archives/{id}/` and
    /// year listings under `/archives/` (as before 2026-12; the defaults put
    /// them at `/{year}/`), post 2015 and the listing of 2015 want one URL,
    /// and the build refuses both. Said before the build says it.
    private func warnOfYearCollisions(_ posts: [(cid: Int, post: ImportedPost)], plan: inout ImportPlan) {
        func url(_ pattern: String, _ values: [String: String]) -> String {
            values.reduce(pattern) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        let years = Set(posts.map { url(permalinks.year, ["year": String($0.post.date.prefix(4))]) })
        let colliding = posts.filter { cid, post in
            let date = post.date.split(separator: " ")[0].split(separator: "-").map(String.init)
            let values = ["id": String(cid), "slug": post.slug ?? String(cid), "year": date[0], "month": date[1], "day": date[2]]
            return years.contains(url(permalinks.post, values))
        }
        guard !colliding.isEmpty else { return }
        plan.summary.warnings.append(BuildError(
            path: "blog.yml", severity: .warning,
            message: "the URLs of posts \(colliding.map { String($0.cid) }.joined(separator: ", ")) are those of year listings (\(permalinks.post) and \(permalinks.year)): the build will refuse them",
            hint: "move the year listings in blog.yml, for example to the defaults: 'permalinks: {year: /{year}/, month: /{year}/{month}/}'"))
    }

    /// What blog.yml needs to keep Typecho's settings and category URLs.
    private func advise(_ rows: TypechoRows, metas: [TypechoRows.Row], plan: inout ImportPlan) {
        let options = Dictionary(rows["options"].filter { $0["user"]?.int ?? 0 == 0 }.compactMap { row in
            row["name"]?.string.map { ($0, row["value"]?.string ?? "") }
        }, uniquingKeysWith: { first, _ in first })
        if let offset = options["timezone"].flatMap(Int.init), offset != timeZone.secondsFromGMT() {
            plan.summary.warnings.append(BuildError(
                path: "\(prefix)options", severity: .warning,
                message: "Typecho's time zone is UTC\(offset >= 0 ? "+" : "")\(Double(offset) / 3600), dates are written in \(timeZone.identifier)",
                hint: "pass --timezone (or set timezone: in blog.yml) to write them as Typecho showed them"))
        }
        if let title = options["title"], !title.isEmpty {
            plan.summary.advice.append("Typecho's site title: \(title)" + (options["description"].map { " — \($0)" } ?? "") + " (set title:/description: in blog.yml)")
        }
        let categories = metas.filter { $0["type"]?.string == "category" }
            .compactMap { meta in meta["name"]?.string.flatMap { name in meta["slug"]?.string.map { (name, $0) } } }
            .filter { name, slug in slug != name && knownCategorySlugs[name] == nil && ImportedPost.isURLSegment(slug) }
            .sorted { $0.0 < $1.0 }
        let block = FrontMatterValue.table([("category_slugs", .table(categories.map { (key: $0.0, value: .text($0.1)) }))])
        if !categories.isEmpty, let yaml = try? FrontMatterWriter.yaml(block) {
            plan.summary.advice.append("to keep Typecho's category URLs, add to blog.yml:\n" + yaml.trimmingCharacters(in: .newlines))
        }
    }
}
