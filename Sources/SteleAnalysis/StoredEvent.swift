import SteleText

/// A timeline event as the build cache (`AnalysisStore`) keeps it: one JSON array of its fields in a
/// fixed order, its dates spelt out field by field, not nested objects. Like `StoredQuantity`, and for
/// the same reason: `JSONDecoder` spends its time per key, and an article's events were most of the keys
/// left in its entry. The order below is the format; `StoredEventTests` fails when a field is added to
/// `TimelineEvent`, its `Position` or `TimelineDate` and not here.
struct StoredEvent: Codable {
    var event: TimelineEvent

    /// How many stored properties `TimelineEvent`, `TimelineEvent.Position` and `TimelineDate` have, all
    /// written below.
    static let eventFields = 8
    static let positionFields = 3
    static let dateFields = 5

    init(_ event: TimelineEvent) {
        self.event = event
    }

    init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        guard let start = try fields.decodeDate() else {
            throw DecodingError.dataCorruptedError(in: fields, debugDescription: "an event without a start")
        }
        event = TimelineEvent(start: start, end: try fields.decodeDate(), text: try fields.decode(String.self),
                              article: try fields.decode(String.self), articlePath: try fields.decode(String.self),
                              paragraphID: try fields.decodeIfPresent(String.self),
                              written: try fields.decodeIfPresent(String.self),
                              position: .init(article: try fields.decode(Int.self), paragraph: try fields.decode(Int.self),
                                              offset: try fields.decode(Int.self)))
    }

    func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encodeDate(event.start)
        try fields.encodeDate(event.end)
        try fields.encode(event.text)
        try fields.encode(event.article)
        try fields.encode(event.articlePath)
        try fields.encode(event.paragraphID)
        try fields.encode(event.written)
        try fields.encode(event.position.article)
        try fields.encode(event.position.paragraph)
        try fields.encode(event.position.offset)
    }
}

// A date is written as its five fields in place, all null for an absent one (an event's open end), so
// that an event stays one flat array.
private extension UnkeyedEncodingContainer {
    mutating func encodeDate(_ date: TimelineDate?) throws {
        try encode(date?.year)
        try encode(date?.month)
        try encode(date?.day)
        try encode(date?.season)
        try encode(date?.isDecade)
    }
}

private extension UnkeyedDecodingContainer {
    mutating func decodeDate() throws -> TimelineDate? {
        let year = try decodeIfPresent(Int.self)
        let month = try decodeIfPresent(Int.self)
        let day = try decodeIfPresent(Int.self)
        let season = try decodeIfPresent(TimelineDate.Season.self)
        let isDecade = try decodeIfPresent(Bool.self)
        guard let year else { return nil }
        // Set field by field: the initialiser would tidy a date, and a stored one must read back as it was.
        var date = TimelineDate(year: year)
        date.month = month
        date.day = day
        date.season = season
        date.isDecade = isDecade ?? false
        return date
    }
}
