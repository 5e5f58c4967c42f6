import Foundation

/// The date forms pages use, computed in the site's time zone from calendar
/// components, so output never depends on the machine's locale or zone.
struct DateFormats: Sendable {
    private static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private let calendar: Calendar

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    struct Parts: Sendable {
        var year: Int
        var month: Int
        var day: Int
        var hour: Int
        var minute: Int
        var second: Int
        var offsetSeconds: Int
    }

    func parts(_ date: Date) -> Parts {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return Parts(
            year: c.year!, month: c.month!, day: c.day!, hour: c.hour!, minute: c.minute!, second: c.second!,
            offsetSeconds: calendar.timeZone.secondsFromGMT(for: date))
    }

    /// `2020-01-29`
    func day(_ date: Date) -> String {
        let p = parts(date)
        return "\(p.year)-\(Self.two(p.month))-\(Self.two(p.day))"
    }

    /// `2020-01-29 10:21`, when a comment was made.
    func minute(_ date: Date) -> String {
        let p = parts(date)
        return "\(p.year)-\(Self.two(p.month))-\(Self.two(p.day)) \(Self.two(p.hour)):\(Self.two(p.minute))"
    }

    /// `2020-01-29T10:21:00+08:00`, for feeds and sitemaps.
    func iso8601(_ date: Date) -> String {
        let p = parts(date)
        let offset = abs(p.offsetSeconds)
        let zone = p.offsetSeconds == 0 ? "Z" : "\(p.offsetSeconds < 0 ? "-" : "+")\(Self.two(offset / 3600)):\(Self.two(offset % 3600 / 60))"
        return "\(day(date))T\(Self.two(p.hour)):\(Self.two(p.minute)):\(Self.two(p.second))\(zone)"
    }

    /// `yyyy-MM-dd HH:mm:ss`, as `blog new` writes dates in front matter.
    func frontMatter(_ date: Date) -> String {
        let p = parts(date)
        return "\(day(date)) \(Self.two(p.hour)):\(Self.two(p.minute)):\(Self.two(p.second))"
    }

    /// `Jul`
    static func monthAbbreviation(_ month: Int) -> String {
        monthAbbreviations[month - 1]
    }

    /// `Jan. 29, 2020`, as the citation line writes it.
    func citation(_ date: Date) -> String {
        let p = parts(date)
        return "\(Self.monthAbbreviation(p.month)). \(Self.two(p.day)), \(p.year)"
    }

    static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
