import Foundation

/// What "now" is for a build: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the current time.
///
/// Only used to leave out pages dated in the future; Stele writes no build time into any file.
public enum BuildClock {
    public static let environmentKey = "SOURCE_DATE_EPOCH"

    /// Why `SOURCE_DATE_EPOCH` cannot be used.
    public struct InvalidEpoch: Error, CustomStringConvertible {
        public var value: String
        public var description: String {
            "\(BuildClock.environmentKey)='\(value)' is not a whole number of seconds since 1970-01-01"
        }
    }

    /// `SOURCE_DATE_EPOCH` from `environment` if set, else `Date()`.
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(InvalidEpoch) -> Date {
        guard let text = environment[environmentKey] else { return Date() }
        guard let seconds = Int(text.trimmingCharacters(in: .whitespaces)) else { throw InvalidEpoch(value: text) }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
