import Foundation
import Testing

/// The CI guide's workflow must build what a local `make site` builds: the same Debian packages,
/// from the one list the Makefile keeps.
@Suite struct PublishingWorkflowTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The workflow as `make lint` extracts it.
    func workflow() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/extract-workflow.py", "docs/publishing.md"]
        process.currentDirectoryURL = Self.root
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theWorkflowInstallsWhatMakeInstalls() throws {
        let workflow = try workflow()
        #expect(workflow.contains("make deps"), "the workflow installs through the Makefile's own list")
        // No second list that could drift from the Makefile's.
        for package in ["libcmark-dev", "libicu-dev", "python3-jieba"] {
            #expect(!workflow.contains("install -y --no-install-recommends \(package)"), "\(package)")
        }
        let makefile = try String(contentsOf: Self.root.appendingPathComponent("Makefile"), encoding: .utf8)
        let deps = makefile.components(separatedBy: "\ndeps:")[1].components(separatedBy: "\n\n")[0]
        for package in ["libcmark-dev", "libicu-dev", "python3-jieba"] {
            #expect(deps.contains(package), "make deps installs \(package)")
        }
    }

    @Test func theWorkflowUsesNoActionOnTheNode20Runtime() throws {
        let workflow = try workflow()
        let uses = workflow.matches(of: /uses: (\S+)/).map { String($0.1) }
        #expect(!uses.isEmpty)
        for action in uses {
            #expect(!["actions/checkout@v4", "actions/deploy-pages@v4", "actions/upload-pages-artifact@v3"].contains(action),
                    "\(action) runs on node20")
        }
    }
}
