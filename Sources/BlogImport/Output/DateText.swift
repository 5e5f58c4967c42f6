import Foundation

/// Dates as BlogKit's front matter reads them (`2020-01-29 10:21:00`, maybe
/// followed by an offset such as `+08:00`), from Unix times and from the
/// forms other generators accept.
public enum DateText {
    /// A Unix time shown in `timeZone`, without an offset: the site reads
    /// it back in its own time zone, which is the one passed here.
    public static func format(unixTime: Int, in timeZone: TimeZone) -> (text: String, year: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(unixTime)))
        let text = String(
            format: "%04d-%02d-%02d %02d:%02d:%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return (text, parts.year ?? 1970)
    }

    /// `2013/7/13 20:46:25`, `2013-07-13`, `2019-03-26T08:47:11+01:00`,
    /// `2011-12-31 23:59:59 -0500`, `2020-01-29 10:21:00.000Z`: year, month and
    /// day, then optionally a time and a zone. Nil for anything else.
    public static func normalize(_ written: String) -> (text: String, year: Int)? {
        var scanner = Substring(written.trimmingCharacters(in: .whitespaces))
        guard let year = number(&scanner, max: 4), year >= 1000, separator(&scanner, "-/"),
            let month = number(&scanner, max: 2), (1...12).contains(month), separator(&scanner, "-/"),
            let day = number(&scanner, max: 2), (1...31).contains(day)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        var zone = ""
        if separator(&scanner, " T") {
            guard let h = number(&scanner, max: 2), h < 24, separator(&scanner, ":"), let m = number(&scanner, max: 2), m < 60 else { return nil }
            (hour, minute) = (h, m)
            if separator(&scanner, ":") {
                guard let s = number(&scanner, max: 2), s < 61 else { return nil }
                second = s
                if separator(&scanner, ".") { _ = number(&scanner, max: 9) }
            }
            scanner = scanner.drop(while: { $0 == " " })
            if scanner == "Z" || scanner == "z" {
                zone = " +00:00"
                scanner = ""
            } else if let sign = scanner.first, sign == "+" || sign == "-" {
                scanner = scanner.dropFirst()
                guard let h = number(&scanner, max: 2) else { return nil }
                _ = separator(&scanner, ":")
                let m = number(&scanner, max: 2) ?? 0
                zone = " \(sign)" + String(format: "%02d:%02d", h, m)
            }
        }
        guard scanner.isEmpty else { return nil }
        return (String(format: "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second) + zone, year)
    }

    private static func number(_ scanner: inout Substring, max: Int) -> Int? {
        let digits = scanner.prefix(while: \.isASCII).prefix(while: \.isNumber).prefix(max)
        guard !digits.isEmpty else { return nil }
        scanner = scanner.dropFirst(digits.count)
        return Int(digits)
    }

    private static func separator(_ scanner: inout Substring, _ allowed: String) -> Bool {
        guard let first = scanner.first, allowed.contains(first) else { return false }
        scanner = scanner.dropFirst()
        return true
    }
}
