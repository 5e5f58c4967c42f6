import BlogKit
import FlyingFox
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `blog serve`: builds a site into memory, serves it over HTTP, watches its
/// files and rebuilds what a change affects; pages reload themselves after a
/// rebuild that changed them, and show the errors of a failed build over the
/// last good page. Nothing is written to disk.
public actor PreviewServer {
    public let root: URL
    public let host: String
    /// The port asked for; the first free one from here on is used (0: any).
    public let requestedPort: UInt16
    /// The port in use once started.
    public private(set) var port: UInt16 = 0
    /// Called with a line to show the writer (rebuild summaries, errors).
    private let log: @Sendable (String) -> Void
    private var session: SiteSession
    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var gateTask: Task<Void, Never>?
    private let limits: RequestLimits
    private var watcherThread: Thread?
    /// The site folder, held open from the start (see `SiteFolder`).
    private var folder: SiteFolder?
    /// Bumped by every rebuild, failed or not.
    private var version = 0
    /// Long polls waiting for the next rebuild.
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
    /// The version at which each output file last changed.
    private var changedAt: [String: Int] = [:]
    private var errors: [String] = []

    public init(
        root: URL, host: String = "127.0.0.1", port: UInt16 = 4000, includeDrafts: Bool = true, limits: RequestLimits = RequestLimits(),
        log: @escaping @Sendable (String) -> Void = { print($0) }
    ) {
        self.root = root
        self.host = host
        self.requestedPort = port
        self.log = log
        self.limits = limits
        self.session = SiteSession(root: root, options: BuildOptions(includeDrafts: includeDrafts, includeFuture: true))
    }

    /// Binds, builds and starts serving and watching.
    /// - Returns: the address the site is served at.
    public func start() async throws -> URL {
        let ip = try Self.ipv4Address(of: host)
        port = try Self.freePort(host: ip, from: requestedPort)
        if requestedPort != 0 && port != requestedPort {
            log("port \(requestedPort) is busy; using \(port) instead")
        }
        let address = "http://\(host):\(port)/"
        session.options.baseURL = address
        // The first snapshot before the first build, so a save during it is seen.
        nonisolated(unsafe) var watcher = FileWatcher(root: root)
        let folder = try SiteFolder(root)
        self.folder = folder
        rebuild(changed: nil)
        var routes = RoutedHTTPHandler()
        routes.appendRoute("GET /__blog/wait") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.wait(after: Int(request.query["version"] ?? "") ?? 0, path: request.query["path"] ?? "/")
        }
        routes.appendRoute("GET,HEAD /*") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.responder(reading: folder).response(to: request)
        }
        routes.appendRoute("*") { _ in
            HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD"] as HTTPHeaders)
        }
        // FlyingFox answers on a socket only this machine can reach, behind
        // the gate that owns the port (see `ConnectionGate`).
        let inner = sockaddr_un.unix(abstractNamespace: "blog-serve-\(UUID().uuidString)")
        let server = HTTPServer(address: inner, timeout: limits.longPollTime + 5, logger: .disabled, handler: HostGuard(serving: host, next: routes))
        self.server = server
        serverTask = Task { [log] in
            // It stops listening when its accept fails (out of descriptors):
            // listen again, saying so once for each time.
            var restarting = false
            while !Task.isCancelled {
                let started = Date()
                try? await server.run()
                guard !Task.isCancelled else { return }
                if Date().timeIntervalSince(started) > 1 { restarting = false }
                if !restarting { log("the HTTP server stopped listening; starting it again") }
                restarting = true
                try? await Task.sleep(nanoseconds: 200_000_000)
            }
        }
        try await server.waitUntilListening(timeout: 10)
        let gate = try await ConnectionGate(host: ip, port: port, relayingTo: inner, limits: limits, log: log)
        gateTask = Task { await gate.run() }
        // The watcher blocks in poll(2), so it gets a thread of its own
        // rather than one of the few the concurrency runtime has.
        let thread = Thread { [weak self] in
            watcher.run { changes in
                let done = DispatchSemaphore(value: 0)
                Task {
                    await self?.rebuild(changed: changes)
                    done.signal()
                }
                done.wait()
            }
        }
        thread.name = "blog serve watcher"
        thread.start()
        watcherThread = thread
        return URL(string: address)!
    }

    /// Stops watching and serving within a fraction of a second: long polls
    /// are answered, requests still open after 0.2 s are cut.
    public func stop() async {
        watcherThread?.cancel()
        wakeWaiters()
        gateTask?.cancel()
        serverTask?.cancel()
        await server?.stop(timeout: 0.2)
        await gateTask?.value
    }

    /// Rebuilds now, as the watcher does after a change (for tests and tools).
    public func rebuild(changed: Set<String>?) {
        let start = Date()
        version += 1
        if let folder, !folder.isStillInPlace {
            // The loader reads by path: a folder swapped in could be anything.
            errors = [BuildError(path: root.path, message: "the site folder was moved or replaced while blog serve ran; its files are no longer read", hint: "restart blog serve").description]
            errors.forEach(log)
            wakeWaiters()
            return
        }
        do {
            let changedFiles = try session.rebuild(changed: changed)
            session.warnings.map(\.description).forEach(log)
            for path in changedFiles {
                changedAt[path] = version
            }
            let what = changed.map { $0.sorted().joined(separator: ", ") } ?? "site"
            log(String(format: "rebuilt %@: %d page(s) changed in %.0f ms", what, changedFiles.count, Date().timeIntervalSince(start) * 1000))
            errors = []
        } catch let failure as BuildFailure {
            failure.warnings.map(\.description).forEach(log)
            errors = failure.errors.map(\.description)
            errors.forEach(log)
        } catch {
            errors = ["\(error)"]
            log("\(error)")
        }
        wakeWaiters()
    }

    /// The current version and errors, for tests.
    public var status: (version: Int, errors: [String]) { (version, errors) }

    /// Long polls waiting now, for tests.
    public var longPollsWaiting: Int { waiters.count }

    private func responder(reading folder: SiteFolder) -> StaticResponder {
        StaticResponder(files: session.files, folder: folder, pageScript: LiveReloadScript.tag(version: version, errorsJSON: Self.json(errors)))
    }

    /// Long poll: answers once a rebuild newer than `version` happened (or
    /// after `limits.longPollTime`), saying whether the page at `path`
    /// changed. Beyond `limits.longPolls` waiting at once, answers 503 at
    /// once (the page's script tries again a second later).
    private func wait(after seen: Int, path: String) async -> HTTPResponse {
        if version <= seen {
            guard waiters.count < limits.longPolls else {
                return HTTPResponse(
                    statusCode: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8", HTTPHeader("Retry-After"): "1"] as HTTPHeaders,
                    body: Data("too many pages are waiting for changes\n".utf8))
            }
            let id = UUID()
            let nanoseconds = UInt64(limits.longPollTime * 1_000_000_000)
            let timeout = Task { [weak self] in
                try? await Task.sleep(nanoseconds: nanoseconds)
                await self?.wake(id)
            }
            await withCheckedContinuation { waiters[id] = $0 }
            timeout.cancel()
        }
        let key = StaticResponder.key(for: path) ?? ""
        let reload = (changedAt[key] ?? 0) > seen || (changedAt["404.html"] ?? 0) > seen && session.files[key] == nil
        let body = "{\"version\":\(version),\"reload\":\(reload),\"errors\":\(Self.json(errors))}"
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"] as HTTPHeaders, body: Data(body.utf8))
    }

    private func wake(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume()
    }

    private func wakeWaiters() {
        let waiting = waiters.values
        waiters = [:]
        waiting.forEach { $0.resume() }
    }

    private static func json(_ strings: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: strings, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        // Safe inside a script element.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }

    /// The IPv4 address `host` names: itself, or 127.0.0.1 for `localhost`.
    static func ipv4Address(of host: String) throws -> String {
        let ip = host.lowercased() == "localhost" ? "127.0.0.1" : host
        var parsed = in_addr()
        guard inet_pton(AF_INET, ip, &parsed) == 1 else {
            throw BuildError(path: "", message: "cannot listen on '\(host)': not an IPv4 address", hint: "pass --host 127.0.0.1 or another IPv4 address of this machine")
        }
        return ip
    }

    /// The first port from `start` that `host` can bind (any free one for 0).
    static func freePort(host: String, from start: UInt16) throws -> UInt16 {
        var candidate = start
        for _ in 0..<20 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { break }
            defer { close(descriptor) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = candidate.bigEndian
            inet_pton(AF_INET, host, &address.sin_addr)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if bound == 0 {
                var length = socklen_t(MemoryLayout<sockaddr_in>.size)
                _ = withUnsafeMutablePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
                }
                return UInt16(bigEndian: address.sin_port)
            }
            guard candidate != 0, candidate < UInt16.max else { break }
            candidate += 1
        }
        throw BuildError(path: "", message: "no free port from \(start) on \(host)", hint: "pass another --port")
    }
}
