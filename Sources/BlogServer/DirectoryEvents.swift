import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wakes the watcher as soon as anything happens in the watched folders
/// (Linux inotify), so a save is noticed at once instead of at the next poll.
/// It only says *that* something changed; `FileWatcher`'s snapshots say what.
final class DirectoryEvents {
    private let descriptor: Int32

    /// Nil where inotify is unavailable (the watcher then polls).
    init?() {
        #if os(Linux)
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
        #else
            return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// Watches `folders` (absolute paths). Adding a folder watched already
    /// changes nothing, so every snapshot's folders are passed: a folder
    /// deleted and made again under the same name is watched anew.
    func watch(_ folders: some Sequence<String>) {
        #if os(Linux)
            let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)
            for folder in folders {
                _ = inotify_add_watch(descriptor, folder, mask)
            }
        #endif
    }

    /// Waits up to `milliseconds` for events and drains them.
    /// - Returns: whether any arrived.
    func wait(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        return true
    }
}
