/// The checks a build makes before writing anything: two things the output
/// cannot hold at once, or a name it cannot hold at all, are located errors.
enum OutputChecks {
    /// Every page's file must have a name the output can hold: a tag of 90
    /// Chinese characters is 270 bytes, too long for a file name. Reported
    /// at the front matter that gives the name, before anything is written.
    static func checkFileNames(_ pages: [Page], model: SiteModel) throws {
        var errors = ErrorCollector()
        var reportedSettings = false
        for page in pages {
            guard let problem = FileName.problem(withPath: page.file) else { continue }
            let message = "the URL \(page.path.value) cannot be a file: \(problem)"
            switch page.kind {
            case .post(let index):
                let post = model.posts[index].post
                errors.record(Self.located(post, field: post.id == nil ? "slug" : "id", message, hint: "give the post a shorter id or slug"))
            case .standalone(let index):
                errors.record(Self.located(model.pages[index].post, field: "slug", message, hint: "give the page a shorter slug or file name"))
            case .termListing(let listing) where listing.number == 1:
                // Reported at the first post listed that names the term.
                let post = model.posts[listing.posts[0]].post
                let (field, hint) =
                    if post.tags.contains(where: { model.links.tag($0) == listing.pages[0] }) {
                        ("tags", "shorten the tag")
                    } else if post.series.map(model.links.series) == listing.pages[0] {
                        ("series", "shorten the series' name")
                    } else {
                        ("categories", "shorten the category, or give it a short URL name under category_slugs in blog.yml")
                    }
                errors.record(Self.located(post, field: field, message, hint: hint))
            case .termListing:
                continue
            default:
                guard !reportedSettings else { continue }
                reportedSettings = true
                errors.record(BuildError(path: SiteLoader.configFile, message: message, hint: "change the permalinks in blog.yml"))
            }
        }
        try errors.throwIfAny()
    }

    private static func located(_ post: Post, field: String, _ message: String, hint: String) -> BuildError {
        let location = post.fieldLocations[field]
        return BuildError(path: post.path, line: location?.line ?? 1, column: location?.column ?? 1, message: message, hint: hint)
    }

    /// No two pages may share a URL, e.g. a post with id 2020 and the year
    /// page of 2020: the later would silently overwrite the other.
    static func checkUnique(_ pages: [Page], model: SiteModel) throws {
        var errors = ErrorCollector()
        var byPath: [URLPath: Int] = [:]
        for (index, page) in pages.enumerated() {
            guard let first = byPath[page.path].map({ pages[$0] }) else {
                byPath[page.path] = index
                continue
            }
            // Reported at a post's or a page's file when one of the two has one.
            let (sourced, other) = page.source(in: model) != nil ? (page, first) : (first, page)
            let message = "URL \(page.path.value) is also the URL of \(other.label(in: model))"
            if let source = sourced.source(in: model) {
                let location = source.fieldLocations["id"] ?? source.fieldLocations["slug"]
                errors.record(
                    BuildError(
                        path: source.path, line: location?.line ?? 1, column: location?.column ?? 1, message: message,
                        hint: source.isPage ? "give the page another slug or file name" : "give the post another id or slug, or change the permalinks in blog.yml"))
            } else {
                errors.record(BuildError(path: SiteLoader.configFile, message: message, hint: "change the permalinks in blog.yml"))
            }
        }
        try errors.throwIfAny()
    }

    /// A static file may stand neither where a page goes (`Content/index.html`)
    /// nor where any output's folder goes (`Content/archives/1` beside the
    /// page archives/1/index.html), and two may not share a path: which one
    /// ended up in the output would depend on timing.
    static func checkStaticFiles(_ staticFiles: [StaticFile], against pages: [Page], model: SiteModel) throws {
        var errors = ErrorCollector()
        let pageFiles = Dictionary(pages.indices.map { (pages[$0].file, $0) }, uniquingKeysWith: { first, _ in first })
        var byPath: [String: StaticFile] = [:]
        for file in staticFiles {
            if let page = pageFiles[file.outputFile.path].map({ pages[$0] }) {
                errors.record(
                    BuildError(
                        path: file.sourcePath, message: "this file would overwrite \(page.label(in: model)) at \(file.outputFile.path)",
                        hint: "rename or move the file"))
            } else if let first = byPath[file.outputFile.path] {
                errors.record(
                    BuildError(
                        path: file.sourcePath, message: "this file and \(first.sourcePath) would both be \(file.outputFile.path)",
                        hint: "rename or move one of them"))
            }
            byPath[file.outputFile.path] = byPath[file.outputFile.path] ?? file
        }
        // Every folder an output lies in; only when a file stands at one are
        // the owners named, which takes a label for every page.
        var folders = Set<Substring>()
        for path in Array(pageFiles.keys) + Array(byPath.keys) {
            var rest = path[...]
            while let slash = rest.utf8.firstIndex(of: UInt8(ascii: "/")) {
                folders.insert(path[..<slash])
                rest = path[path.utf8.index(after: slash)...]
            }
        }
        guard pageFiles.keys.contains(where: { folders.contains($0[...]) }) || byPath.keys.contains(where: { folders.contains($0[...]) }) else {
            return try errors.throwIfAny()
        }
        let owners = pageFiles.mapValues { pages[$0].label(in: model) }.merging(byPath.mapValues(\.sourcePath)) { page, _ in page }
        for (path, owner) in owners.sorted(by: { $0.key < $1.key }) {
            let components = path.split(separator: "/")
            for count in components.indices.dropFirst() {
                let folder = components[..<count].joined(separator: "/")
                if let file = byPath[folder] {
                    errors.record(
                        BuildError(path: file.sourcePath, message: "this file stands where the folder of \(owner) (\(path)) goes", hint: "rename or move the file"))
                } else if let page = pageFiles[folder].map({ pages[$0] }) {
                    errors.record(
                        BuildError(
                            path: SiteLoader.configFile, message: "\(page.label(in: model)) (\(folder)) stands where the folder of \(owner) (\(path)) goes",
                            hint: "change the permalinks in blog.yml"))
                }
            }
        }
        try errors.throwIfAny()
    }

    /// Two posts may share neither an id nor a URL: one would overwrite the other.
    static func checkUnique(_ posts: [Post], urls: [URLPath]) throws {
        var errors = ErrorCollector()
        // Indexes, not posts, are sorted and kept: a post is a large value.
        var byID: [String: Int] = [:]
        var byURL: [URLPath: Int] = [:]
        for index in posts.indices.sorted(by: { posts[$0].path < posts[$1].path }) {
            let post = posts[index]
            let location = post.fieldLocations["id"]
            if let id = post.id {
                if let first = byID[id] {
                    errors.record(
                        BuildError(
                            path: post.path, line: location?.line ?? 1, column: location?.column ?? 1,
                            message: "id \(id) is also used by \(posts[first].path)", hint: "give each post its own id"))
                    continue
                }
                byID[id] = index
            }
            if let first = byURL[urls[index]] {
                errors.record(
                    BuildError(
                        path: post.path, line: location?.line ?? 1, column: location?.column ?? 1,
                        message: "URL \(urls[index].value) is also the URL of \(posts[first].path)",
                        hint: "give one of them another id or slug"))
            }
            byURL[urls[index]] = index
        }
        try errors.throwIfAny()
    }
}
