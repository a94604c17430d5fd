/// While which clock times a build would publish the same pages: from the date of the latest page it
/// published to just before the earliest page it left out for being dated in the future. A build whose
/// files are unchanged publishes the same pages at any time inside it; outside, a page comes due (or,
/// with `SOURCE_DATE_EPOCH` set back, goes out again) and the site must be built.
public struct PublicationWindow: Sendable, Equatable, Codable {
    /// Seconds since 1970 of the latest date a published page has; nil when none has a date.
    public var latestPublished: Int?
    /// Seconds since 1970 of the earliest date a page left out as future has; nil when none was.
    public var earliestDue: Int?

    /// Whether a build at `now` (seconds since 1970) publishes the same pages.
    public func contains(_ now: Int) -> Bool {
        latestPublished.map { $0 <= now } ?? true && earliestDue.map { now < $0 } ?? true
    }
}
