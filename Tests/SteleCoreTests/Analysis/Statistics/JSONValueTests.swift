import Foundation
import Testing
@testable import StelePages

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndWritesDecimalsExactly() {
        let value = JSONValue.object([
            ("text", .string("51.8万人")), ("value", .decimal(Decimal(string: "51.8")! * 10_000)),
            ("percent", .decimal(Decimal(string: "99.99")!)), ("approx", .bool(false)), ("counts", .null),
            ("share", .double(0.123456)), ("list", .array([.int(1), .int(2)])), ("empty", .object([])),
        ])
        #expect(value.serialized() == """
            {
              "text": "51.8万人",
              "value": 518000,
              "percent": 99.99,
              "approx": false,
              "counts": null,
              "share": 0.1235,
              "list": [
                1,
                2
              ],
              "empty": {}
            }

            """)
    }

    @Test("a list of records is one record per line, each written compactly")
    func recordsOnOneLineEach() {
        let records = JSONValue.object([
            ("quantities", .items([1, 2].lazy.map { n in
                .object([("text", .string("\(n)万人")), ("change", .object([("from", .int(n))])), ("tags", .array([.null]))])
            })),
            ("none", .items([JSONValue]())),
        ])
        #expect(records.serialized() == """
            {
              "quantities": [
                {"text": "1万人", "change": {"from": 1}, "tags": [null]},
                {"text": "2万人", "change": {"from": 2}, "tags": [null]}
              ],
              "none": []
            }

            """)
    }

    @Test func escapesQuotesControlsAndHTML() {
        #expect(JSONValue.string("a\"b\\c\n<script>&").serialized() == #""a\"b\\c\n\u003cscript\u003e\u0026""# + "\n")
    }
}
