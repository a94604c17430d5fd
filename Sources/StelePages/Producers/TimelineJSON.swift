import SteleAnalysis
import SteleSupport

/// `timeline.json`: `{"events":[{"start":…,"end":…,"precision":…,"text":…,"article":…,"url":…}]}`.
///
/// Written by hand rather than with JSONEncoder so that keys keep the documented order (start, end,
/// precision, season, text, article, url) and the bytes are the same on every build. One event per
/// line keeps diffs of the file readable. `<`, `>` and `&` are escaped (`\u003c`) so that the JSON
/// can also be embedded in a page's `<script>` safely.
public enum TimelineJSON {
    public static func encode(_ events: [TimelineEvent], urls: URLBuilder) -> String {
        var bytes: [UInt8] = []
        write(events, urls: urls) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The file, handed to `consume` a chunk at a time: a build streams it into its staging folder
    /// (`StreamedFile`) rather than holding its lines, their join and its bytes (25 MB at 10,000 articles).
    static func write(_ events: [TimelineEvent], urls: URLBuilder, chunks consume: (UnsafeRawBufferPointer) -> Void) {
        ChunkedOutput.write(to: consume) { output in
            output += events.isEmpty ? "{\"events\":[]}\n" : "{\"events\":[\n"
            for (index, event) in events.enumerated() {
                output += (index == 0 ? "" : ",\n") + line(for: event, urls: urls)
            }
            if !events.isEmpty { output += "\n]}\n" }
        }
    }

    private static func line(for event: TimelineEvent, urls: URLBuilder) -> String {
        var fields = [("start", event.start.iso)]
        if let end = event.end { fields.append(("end", end.iso)) }
        fields.append(("precision", event.precision.rawValue))
        if let season = event.start.season { fields.append(("season", season.rawValue)) }
        fields += [("text", event.text), ("article", event.article), ("url", urls.url(of: event))]
        return "{" + fields.map { "\(JSONText.quote($0.0)):\(JSONText.quote($0.1))" }.joined(separator: ",") + "}"
    }
}
