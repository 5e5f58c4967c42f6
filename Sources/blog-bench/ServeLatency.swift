import BlogServer
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `blog serve` as a writer sees it: from saving a post to its new content
/// being served, through the real watcher, rebuild, long poll and HTTP.
enum ServeLatency {
    static func run(root: URL, edits: Int = 20) async throws {
        let server = PreviewServer(root: root, port: 0) { _ in }
        let address = try await server.start()
        defer { Task { await server.stop() } }
        let posts = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("Content/posts").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        let path = "Content/posts/" + posts[posts.count / 2]
        let file = root.appendingPathComponent(path)
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        let page = try pagePath(of: original)
        var times: [Double] = []
        for edit in 1...edits {
            let version = await server.status.version
            let marker = "第\(edit)次修改于\(UUID().uuidString)"
            let port = UInt16(address.port!)
            let wait = Thread.detached { try get("/__blog/wait?version=\(version)&path=/", port: port) }
            try await Task.sleep(nanoseconds: 200_000_000)
            let start = DispatchTime.now().uptimeNanoseconds
            try (original + Data("\n\(marker)\n".utf8)).write(to: file)
            _ = try await wait.value
            let body = try get(page, port: port)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            guard String(decoding: body, as: UTF8.self).contains(marker) else {
                throw BenchError("edit \(edit): the page did not show the new text")
            }
            times.append(elapsed)
        }
        let sorted = times.sorted()
        print(String(format: "save -> new content served, %d edits of %@: median %.1f ms, min %.1f, max %.1f", edits, path, sorted[sorted.count / 2], sorted.first!, sorted.last!))
    }

    /// The page of a post with `id:` in its front matter, under the default permalinks.
    private static func pagePath(of text: Data) throws -> String {
        let line = String(decoding: text, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("id: ") }
        guard let id = line?.dropFirst(4) else { throw BenchError("the edited post has no id") }
        return "/archives/\(id)/"
    }

    /// A GET over a new loopback connection, read to its end: a plain socket,
    /// because URLSession on Linux adds tens of milliseconds of its own.
    private static func get(_ path: String, port: UInt16) throws -> Data {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw BenchError("cannot connect to port \(port)") }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let count = recv(descriptor, &buffer, buffer.count, 0), count > 0 {
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }
}

extension Thread {
    /// Runs blocking work on a new thread, off the concurrency runtime's few.
    static func detached<T: Sendable>(_ work: @escaping @Sendable () throws -> T) -> Task<T, Error> {
        Task {
            try await withCheckedThrowingContinuation { continuation in
                Thread { continuation.resume(with: Result { try work() }) }.start()
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
