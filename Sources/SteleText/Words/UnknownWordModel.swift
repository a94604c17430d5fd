import Foundation
import SteleSupport

/// What jieba does with a run of characters its dictionary cannot cut into words: `CharacterHMM`
/// says where the words are, `TaggingHMM` what each is (nr, ns, nt…).
public struct UnknownWordModel: Sendable {
    package var cutter: CharacterHMM
    package var tagger: TaggingHMM

    package init(cutter: CharacterHMM, tagger: TaggingHMM) {
        self.cutter = cutter
        self.tagger = tagger
    }

    /// Where Debian's python3-jieba keeps its `finalseg/` and `posseg/` tables.
    public static let jiebaDirectory = "/usr/lib/python3/dist-packages/jieba"

    /// The words of `scalars` (a run the dictionary has no word for), with their tags.
    package func words(_ scalars: UnsafeBufferPointer<UInt32>) -> [(length: Int, tag: String)] {
        var offset = 0
        return cutter.wordLengths(scalars).map { length in
            defer { offset += length }
            return (length, tagger.tag(ofWord: UnsafeBufferPointer(rebasing: scalars[offset..<(offset + length)])) ?? "")
        }
    }

    /// Models read in this process, by jieba folder.
    private static let loaded = LoadedFileCache<UnknownWordModel>()

    /// Lets the models `load(jiebaDirectory:)` read go; the next call reads their files again.
    package static func forgetLoaded() { loaded.removeAll() }

    /// The tables under `directory` (a jieba package folder), read once per process: the cache is keyed
    /// by the folder's modification time, which a package upgrade changes as it replaces the files.
    public static func load(jiebaDirectory directory: String) throws(WordDataError) -> UnknownWordModel {
        try loaded.value(for: directory) { directory throws(WordDataError) in
            func table(_ path: String) throws(WordDataError) -> (PythonLiteral, String) {
                let file = directory + "/" + path
                return (try PythonLiteralParser.assignedValue(in: LoadedFileCache<Self>.read(file), file: file), file)
            }
            let (start, startFile) = try table("finalseg/prob_start.py")
            let (transition, transitionFile) = try table("finalseg/prob_trans.py")
            let (emission, emissionFile) = try table("finalseg/prob_emit.py")
            let cutter = try CharacterHMM(start: start, transition: transition, emission: emission,
                                          files: (startFile, transitionFile, emissionFile))
            let (tagStart, tagStartFile) = try table("posseg/prob_start.py")
            let (tagTransition, tagTransitionFile) = try table("posseg/prob_trans.py")
            let (tagEmission, tagEmissionFile) = try table("posseg/prob_emit.py")
            let (states, statesFile) = try table("posseg/char_state_tab.py")
            let tagger = try TaggingHMM(start: tagStart, transition: tagTransition, emission: tagEmission,
                                        characterStates: states,
                                        files: (tagStartFile, tagTransitionFile, tagEmissionFile, statesFile))
            return UnknownWordModel(cutter: cutter, tagger: tagger)
        }
    }
}
