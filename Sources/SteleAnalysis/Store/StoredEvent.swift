import SteleText

/// A timeline event as the build cache (`AnalysisStore`) keeps it: its fields in a fixed order, its dates
/// spelt out field by field. The order below is the format; `StoredEventTests` fails when a field is added
/// to `TimelineEvent`, its `Position` or `TimelineDate` and not here.
extension TimelineEvent: EntryCodable {
    /// How many stored properties `TimelineEvent`, `TimelineEvent.Position` and `TimelineDate` have, all
    /// written below.
    static let storedFields = (event: 8, position: 3, date: 5)

    init(from reader: inout EntryReader) throws(EntryReader.Damaged) {
        guard let start = try reader.readDate() else { throw EntryReader.Damaged() }
        self.init(start: start, end: try reader.readDate(), text: try reader.readString(),
                  article: try reader.readString(), articlePath: try reader.readString(),
                  paragraphID: try reader.readOptionalString(), written: try reader.readOptionalString(),
                  position: .init(article: try reader.readInt(), paragraph: try reader.readInt(), offset: try reader.readInt()))
    }

    func write(to writer: inout EntryWriter) {
        writer.writeDate(start)
        writer.writeDate(end)
        writer.write(text)
        writer.write(article)
        writer.write(articlePath)
        writer.write(paragraphID)
        writer.write(written)
        writer.write(position.article)
        writer.write(position.paragraph)
        writer.write(position.offset)
    }
}

// A date is a flag, then its five fields (an event's open end has none).
private extension EntryWriter {
    mutating func writeDate(_ date: TimelineDate?) {
        write(date != nil)
        guard let date else { return }
        write(date.year)
        write(date.month)
        write(date.day)
        write(date.season?.rawValue)
        write(date.isDecade)
    }
}

private extension EntryReader {
    mutating func readDate() throws(Damaged) -> TimelineDate? {
        guard try readBool() else { return nil }
        // Set field by field: the initialiser would tidy a date, and a stored one must read back as it was.
        var date = TimelineDate(year: try readInt())
        date.month = try readOptionalInt()
        date.day = try readOptionalInt()
        date.season = try readOptional(TimelineDate.Season.self)
        date.isDecade = try readBool()
        return date
    }
}
