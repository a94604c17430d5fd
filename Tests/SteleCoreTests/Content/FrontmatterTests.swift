import Testing
@testable import SteleContent
@testable import SteleSupport
@testable import SteleText

@Suite struct FrontmatterTests {
    func parse(_ text: String) throws(ContentError) -> ContentDocument {
        try ContentDocument(parsing: text, file: "content/a.md")
    }

    @Test func readsKnownKeysAndPassesTheRestThrough() throws {
        let document = try parse("""
            ---
            title: 建强战斗堡垒 夯实执政之基
            subtitle: ——党的十九大以来
            date: 2022-10-09
            authors: [张三, 李四]
            tags: [党建]
            draft: false
            slug: jian-qiang
            summary: 党的力量来自组织。
            series: 奋斗百年路
            place: 北京
            ---
            Body text.
            """)
        let frontmatter = document.frontmatter
        #expect(frontmatter.title == "建强战斗堡垒 夯实执政之基")
        #expect(frontmatter.subtitle == "——党的十九大以来")
        #expect(frontmatter.date == PageDate(year: 2022, month: 10, day: 9))
        #expect(frontmatter.authors == ["张三", "李四"])
        #expect(frontmatter.tags == ["党建"])
        #expect(frontmatter.draft == false)
        #expect(frontmatter.slug == "jian-qiang")
        #expect(frontmatter.summary == "党的力量来自组织。")
        #expect(frontmatter.params.map(\.key) == ["series", "place"])
        #expect(frontmatter[param: "series"] == .string("奋斗百年路"))
        #expect(document.body == "Body text.")
        #expect(document.bodyStartLine == 13)
    }

    @Test func fileWithoutFrontmatterIsAllBody() throws {
        let document = try parse("# Title\n\nText.\n")
        #expect(document.frontmatter == Frontmatter())
        #expect(document.body == "# Title\n\nText.\n")
        #expect(document.bodyStartLine == 1)
    }

    @Test func theBodyStartsAfterTheClosingLineWhereverTheFileEnds() throws {
        // (text, title, body, the body's first line)
        let cases: [(String, String, String, Int)] = [
            ("---\ntitle: A\n---\nText.\n", "A", "Text.\n", 4),
            ("---\ntitle: A\n---", "A", "", 4),
            ("---\ntitle: A\n---\n", "A", "", 4),
            ("---\n---\nText.", "", "Text.", 3),
            ("---\ntitle: A\n...\n\nText.\n", "A", "\nText.\n", 4),
            ("\u{FEFF}---\ntitle: A\n---\nText.\n", "A", "Text.\n", 4),
            ("---\r\ntitle: A\r\n---\r\nText.\r\n", "A", "Text.\n", 4),
            ("---\ntitle: A\nsummary: |\n  ---x\n---\nText ---\n---\n", "A", "Text ---\n---\n", 6),
        ]
        for (text, title, body, line) in cases {
            let document = try parse(text)
            #expect(document.frontmatter.title == title, "\(text.debugDescription)")
            #expect(document.body == body, "\(text.debugDescription)")
            #expect(document.bodyStartLine == line, "\(text.debugDescription)")
        }
        for unterminated in ["---", "---\n", "---\ntitle: A\n", "---\ntitle: A\n--- \nText."] {
            #expect(throws: ContentError.self, "\(unterminated.debugDescription)") { try parse(unterminated) }
        }
    }

    @Test func aSingleAuthorMayBeAString() throws {
        #expect(try parse("---\nauthors: 李杰\n---\n").frontmatter.authors == ["李杰"])
    }

    @Test func keepsTypesOfParams() throws {
        let params = try parse("---\ncount: 3\nratio: 0.5\nflag: true\nquoted: \"3\"\nlist: [a, 1]\nmap: {k: v}\n---\n").frontmatter
        #expect(params[param: "count"] == .int(3))
        #expect(params[param: "ratio"] == .double(0.5))
        #expect(params[param: "flag"] == .bool(true))
        #expect(params[param: "quoted"] == .string("3"))
        #expect(params[param: "list"] == .list([.string("a"), .int(1)]))
        #expect(params[param: "map"] == .map([(key: "k", value: .string("v"))]))
    }

    @Test func invalidYAMLNamesFileLineAndColumn() {
        #expect(throws: ContentError.self) { try parse("---\ntitle: ok\ntags: [a, b\n---\n") }
        do {
            _ = try parse("---\ntitle: ok\nbad: : :\n  - x\n---\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.file == "content/a.md")
            #expect(error.location.line == 3)
            #expect(error.location.column != nil)
            #expect(error.description.hasPrefix("content/a.md:3:"))
        }
    }

    @Test func unterminatedFrontmatterIsAnError() {
        #expect(throws: ContentError.unterminatedFrontmatter(SourceLocation(file: "content/a.md", line: 1))) {
            try parse("---\ntitle: x\n\nbody\n")
        }
    }

    @Test func frontmatterMustBeAMapping() {
        #expect(throws: ContentError.notAMapping(SourceLocation(file: "content/a.md", line: 2, column: 1))) {
            try parse("---\n- a\n- b\n---\n")
        }
    }

    @Test func wrongTypesNameTheKeyAndLine() {
        #expect(throws: ContentError.wrongType(SourceLocation(file: "content/a.md", line: 3, column: 8),
                                               key: "draft", expected: "true or false")) {
            try parse("---\ntitle: x\ndraft: maybe\n---\n")
        }
        #expect(throws: ContentError.wrongType(SourceLocation(file: "content/a.md", line: 2, column: 8),
                                               key: "title", expected: "a string")) {
            try parse("---\ntitle: [a, b]\n---\n")
        }
    }

    @Test func invalidDatesAreRefused() {
        #expect(throws: ContentError.invalidDate(SourceLocation(file: "content/a.md", line: 2, column: 7),
                                                 value: "2022-02-30")) {
            try parse("---\ndate: 2022-02-30\n---\n")
        }
        #expect(throws: ContentError.self) { try parse("---\ndate: 10月9日\n---\n") }
    }

    @Test func datesMayCarryATime() throws {
        let date = try parse("---\ndate: 2022-10-09T08:30:00+08:00\n---\n").frontmatter.date
        #expect(date?.iso == "2022-10-09")
        #expect(date?.time == "T08:30:00+08:00")
    }

    @Test func crlfFilesParse() throws {
        let document = try parse("---\r\ntitle: x\r\n---\r\nbody\r\n")
        #expect(document.frontmatter.title == "x")
    }
}
