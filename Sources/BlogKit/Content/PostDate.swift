import Foundation

/// Reads the dates writers put in front matter: `2020-01-29`,
/// `2020-01-29 10:21`, `2020-01-29 10:21:00`, the same with `T`, and any of
/// them followed by `Z` or an offset such as `+08:00`. A date without a zone
/// is read in the site's time zone.
enum PostDate {
    static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        var scanner = DigitScanner(Array(text.trimmingCharacters(in: .whitespaces).utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
            let month = scanner.number(digits: 2), scanner.skip("-"),
            let day = scanner.number(digits: 2)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        if scanner.skip(" ") || scanner.skip("T") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2) else { return nil }
            hour = h
            minute = m
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2) else { return nil }
                second = s
                if scanner.skip(".") {
                    scanner.skipDigits()
                }
            }
        }
        var zone = timeZone
        scanner.skipSpaces()
        if scanner.skip("Z") {
            zone = TimeZone(secondsFromGMT: 0)!
        } else if let sign = scanner.sign() {
            guard let h = scanner.number(digits: 2) else { return nil }
            _ = scanner.skip(":")
            let m = scanner.number(digits: 2) ?? 0
            guard let offset = TimeZone(secondsFromGMT: sign * (h * 3600 + m * 60)) else { return nil }
            zone = offset
        }
        guard scanner.atEnd else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        // Reject dates the calendar silently rolled over, such as 2021-02-30.
        let check = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard check.year == year, check.month == month, check.day == day, check.hour == hour,
            check.minute == minute, check.second == second
        else { return nil }
        return date
    }
}

private struct DigitScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { position == bytes.count }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + digits] {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        position += digits
        return value
    }

    mutating func skip(_ character: Character) -> Bool {
        guard position < bytes.count, bytes[position] == character.asciiValue else { return false }
        position += 1
        return true
    }

    mutating func skipDigits() {
        while position < bytes.count, bytes[position] >= 48 && bytes[position] <= 57 {
            position += 1
        }
    }

    mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 32 {
            position += 1
        }
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
