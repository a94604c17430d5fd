import Foundation
import SteleSupport
import Testing

/// `trimmingSpacesAndTabs` stands in for Foundation's `trimmingCharacters(in: .whitespaces)` on the
/// tags, dates and sentences a build reads: it must trim exactly what that trims.
@Suite struct TrimmingTests {
    @Test func trimsWhatFoundationTrims() {
        // Every space separator, the tab, and what is not trimmed: newlines, other controls, a
        // zero-width space (Cf), a combining mark after a space.
        let spaces = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { $0.properties.generalCategory == .spaceSeparator }
        let pieces: [String] = spaces.map { String($0) } + ["\t", "\n", "\r\n", "\u{0B}", "\u{200B}", "\u{301}", "标签", "a", " ", "　"]
        var random = SeededRandom(seed: 13)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let foundation = text.trimmingCharacters(in: .whitespaces)
            #expect(text.trimmingSpacesAndTabs() == foundation, "\(Array(text.unicodeScalars))")
            // A slice of a longer text trims to the same and stays within its own bounds, also where
            // they are not a character's (a combining mark after the frame's 。).
            let framed = "句。" + text + "。句"
            let slice = Substring(framed.unicodeScalars.dropFirst(2).dropLast(2))
            #expect(String(slice.trimmingSpacesAndTabs()) == foundation, "\(Array(text.unicodeScalars))")
        }
        #expect("　海岛 ".trimmingSpacesAndTabs() == "海岛")
        #expect("\t\u{3000} ".trimmingSpacesAndTabs() == "")
    }
}
