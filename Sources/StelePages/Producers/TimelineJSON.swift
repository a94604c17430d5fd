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
        let lines = events.map { event in
            var fields = [("start", event.start.iso)]
            if let end = event.end { fields.append(("end", end.iso)) }
            fields.append(("precision", event.precision.rawValue))
            if let season = event.start.season { fields.append(("season", season.rawValue)) }
            fields += [("text", event.text), ("article", event.article), ("url", urls.url(of: event))]
            return "{" + fields.map { "\(JSONText.quote($0.0)):\(JSONText.quote($0.1))" }.joined(separator: ",") + "}"
        }
        guard !lines.isEmpty else { return "{\"events\":[]}\n" }
        return "{\"events\":[\n" + lines.joined(separator: ",\n") + "\n]}\n"
    }
}
