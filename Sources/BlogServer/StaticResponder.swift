import BlogKit
import FlyingFox
import Foundation

/// Answers GET and HEAD for files of the built site held in memory. Only
/// paths the build produced exist, so nothing outside the site can be
/// reached, however a path is encoded: it is decoded once, refused if it has
/// dot segments, and looked up as a key, never joined to a folder. Files the
/// build copies (images, assets) are read through the site's held folder,
/// never following a link, whatever was swapped in since the build.
struct StaticResponder: Sendable {
    var files: [String: OutputFile]
    var folder: SiteFolder
    /// Added before `</body>` of every HTML page.
    var pageScript: String

    func response(to request: HTTPRequest) -> HTTPResponse {
        // The path as sent, decoded once: FlyingFox's `path` drops a trailing slash.
        let path = request.target.path(percentEncoded: false)
        guard let key = Self.key(for: path) else { return notFound(request) }
        if let file = files[key] {
            return serve(file, to: request)
        }
        if !path.hasSuffix("/"), files[key + "/index.html"] != nil {
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: request.target.path() + "/"] as HTTPHeaders)
        }
        return notFound(request)
    }

    /// The output file a URL path names, or nil for a path that can name none.
    static func key(for path: String) -> String? {
        guard path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let relative = String(path.dropFirst())
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }

    private func notFound(_ request: HTTPRequest) -> HTTPResponse {
        guard let page = files["404.html"], let data = bytes(of: page) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"] as HTTPHeaders, body: Data("404 not found\n".utf8))
        }
        let body = inject(data)
        return HTTPResponse(
            statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .contentLength: String(body.count)] as HTTPHeaders,
            body: request.method == .HEAD ? Data() : body)
    }

    private func serve(_ file: OutputFile, to request: HTTPRequest) -> HTTPResponse {
        guard var body = bytes(of: file) else { return notFound(request) }
        let type = Self.contentType(for: file.path)
        if type.hasPrefix("text/html") {
            body = inject(body)
        }
        let tag = "\"\(Self.hash(body))\""
        var headers: HTTPHeaders = [
            .contentType: type, .eTag: tag, .acceptRanges: "bytes", .cacheControl: "no-cache",
        ]
        if let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*" }) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        var status = HTTPStatusCode.ok
        if request.method == .GET, let header = request.headers[.range] {
            switch ByteRange(header: header, length: body.count) {
            case .whole:
                break
            case .unsatisfiable:
                headers[.contentRange] = "bytes */\(body.count)"
                return HTTPResponse(statusCode: .rangeNotSatisfiable, headers: headers)
            case .part(let bounds):
                headers[.contentRange] = "bytes \(bounds.lowerBound)-\(bounds.upperBound - 1)/\(body.count)"
                body = body.subdata(in: bounds)
                status = .partialContent
            }
        }
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: request.method == .HEAD ? Data() : body)
    }

    private func bytes(of file: OutputFile) -> Data? {
        switch file.contents {
        // The preview's site is on disk, read as it is now through the folder's own checks.
        case .copy(let url, _): folder.contents(of: url)
        case .data(let data), .embedded(let data): data
        case .deferred(let deferred): deferred.value
        }
    }

    private func inject(_ html: Data) -> Data {
        let marker = Data("</body>".utf8)
        guard let found = html.range(of: marker, options: .backwards) else { return html + Data(pageScript.utf8) }
        var result = html
        result.insert(contentsOf: Data(pageScript.utf8), at: found.lowerBound)
        return result
    }

    static func contentType(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!).lowercased() : ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }

    /// FNV-1a: a cheap, stable content hash for ETags.
    static func hash(_ data: Data) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(value, radix: 16) + "-" + String(data.count, radix: 16)
    }
}
