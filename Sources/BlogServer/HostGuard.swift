import FlyingFox
import Foundation

/// Answers only requests addressed to this machine by a local name, so a web
/// page cannot read the preview (drafts included) by pointing a host name of
/// its own at 127.0.0.1 (DNS rebinding): its requests carry that name in
/// `Host`. Accepted: `localhost`, `127.0.0.1`, `[::1]` and the host the server
/// was started with, on any port. Anything else, and an HTTP/1.1 request
/// without `Host`, is refused with a line saying what is accepted. A request
/// in absolute form (`GET http://host/path`) is checked by its own host and
/// then served by its path.
struct HostGuard: HTTPHandler {
    let next: any HTTPHandler
    /// Lowercased, IPv6 addresses in brackets.
    let names: [String]

    init(serving host: String, next: any HTTPHandler) {
        let own = host.contains(":") ? "[\(host.lowercased())]" : host.lowercased()
        names = ["localhost", "127.0.0.1", "[::1]"] + (["localhost", "127.0.0.1", "[::1]"].contains(own) ? [] : [own])
        self.next = next
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var request = request
        let target = request.target.path()
        if !target.hasPrefix("/") {
            guard let url = URLComponents(string: request.target.rawValue), let host = url.host, url.scheme?.lowercased() == "http" else {
                return refusal(.badRequest, "the request target must be a path (/…) or an http:// URL")
            }
            let name = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            guard accepts(authority: name) else { return refusal(for: name) }
            request = HTTPRequest(
                method: request.method, version: request.version,
                target: HTTPRequest.Target(path: url.percentEncodedPath.isEmpty ? "/" : url.percentEncodedPath, query: url.percentEncodedQuery ?? ""),
                headers: request.headers, body: request.bodySequence, remoteAddress: request.remoteAddress)
        } else if let host = request.headers[.host] {
            guard accepts(authority: host) else { return refusal(for: host) }
        } else if request.version.rawValue != "HTTP/1.0" {
            return refusal(.badRequest, "a request without a Host header is refused; \(accepted)")
        }
        var response = try await next.handleRequest(request)
        // Each connection carries one request (`ConnectionGate`); say so.
        response.headers[.connection] = "close"
        return response
    }

    /// Whether `authority` (`name` or `name:port`, as in `Host`) names this server.
    func accepts(authority: String) -> Bool {
        let value = authority.trimmingCharacters(in: .whitespaces).lowercased()
        let nameEnd = value.hasPrefix("[") ? value.firstIndex(of: "]").map(value.index(after:)) : value.firstIndex(of: ":") ?? value.endIndex
        guard let nameEnd else { return false }
        let port = value[nameEnd...]
        guard port.isEmpty || port.first == ":" && port.dropFirst().allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        return names.contains(String(value[..<nameEnd]))
    }
}

private extension HostGuard {
    var accepted: String {
        "blog serve answers only for " + names.joined(separator: ", ") + " (any port)"
    }

    func refusal(for host: String) -> HTTPResponse {
        refusal(.forbidden, "host '\(host)' refused: \(accepted); pass --host to serve another name")
    }

    func refusal(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8", .connection: "close"] as HTTPHeaders, body: Data((text + "\n").utf8))
    }
}
