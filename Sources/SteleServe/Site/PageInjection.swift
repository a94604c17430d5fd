import Foundation
import StelePages

/// What `stele serve` adds to every HTML page it sends, and only there: the live-reload script and,
/// after a failed rebuild, the error overlay. `stele build` never writes either.
enum PageInjection {
    /// Path of the live-reload script; `/__stele/` cannot clash with built files (`articles/`, `static/`, …).
    static let scriptPath = "/__stele/reload.js"
    static let eventsPath = "/__stele/events"
    static let overlayID = "stele-error-overlay"

    /// The `<script>` tag: an absolute path on the page's own origin, so a proxy or tunnel keeps working.
    static let scriptTag = "<script src=\"\(scriptPath)\" defer></script>"

    /// `html` with `snippet` inserted before its last `</body>` (any case), or appended when it has none.
    static func insert(_ snippet: String, into html: Data) -> Data {
        let needle = Array("</body".utf8)
        let bytes = [UInt8](html)
        var position = bytes.count
        if bytes.count >= needle.count {
            search: for start in stride(from: bytes.count - needle.count, through: 0, by: -1) {
                for offset in 0..<needle.count where lowercased(bytes[start + offset]) != needle[offset] {
                    continue search
                }
                position = start
                break
            }
        }
        var result = Data(bytes[..<position])
        result.append(contentsOf: Array(snippet.utf8))
        result.append(contentsOf: bytes[position...])
        return result
    }

    /// The overlay that shows a failed build's messages (`file:line: message`, escaped) over the page.
    ///
    /// The live-reload script builds the same element (`showError` in `LiveReloadScript`) when the error
    /// arrives on an open page; keep the two alike.
    static func overlay(_ message: String) -> String {
        "<div id=\"\(overlayID)\" role=\"alert\" style=\"\(overlayStyle)\"><strong>\(overlayTitle)</strong>"
            + "<pre style=\"\(overlayTextStyle)\">\(HTMLText.escape(message))</pre></div>"
    }

    static let overlayTitle = "stele serve: the build failed. Fix it and this page reloads."
    static let overlayStyle = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;"
        + "margin:0;padding:1em;background:#5c0f0f;color:#fff;font:14px/1.5 ui-monospace,monospace;"
        + "box-shadow:0 -2px 12px rgba(0,0,0,.4)"
    static let overlayTextStyle = "margin:.5em 0 0;white-space:pre-wrap;overflow-wrap:anywhere;font:inherit"

    /// The page served for every path while no build has succeeded yet.
    static func failedFirstBuildPage(_ message: String) -> Data {
        Data("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed · stele serve</title>
            </head>
            <body>
            <p>The site has not built yet: there is no good build to show. Fix the error below; this page reloads when the build succeeds.</p>
            \(overlay(message))\(scriptTag)
            </body>
            </html>

            """.utf8)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
