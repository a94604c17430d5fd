/// Every quantity of the corpus, in article then paragraph order, kept as each article's own list:
/// one run for each article, its `n`th the `n`th article's, so that an edited article's list can be
/// put in its place (`replaceRun`).
///
/// The lists are taken over from the articles' analyses, not copied into one array: a copy held every
/// quantity twice while the corpus was merged, the peak of a 10,000-article build (63 MB of list beside
/// the articles' 50). A quantity is read with its article and paragraph (`CitedQuantity`), put together
/// from its run as it is read.
public struct CitedQuantities: RandomAccessCollection, Sendable {
    public typealias CitedQuantity = StatisticsReport.CitedQuantity

    /// Each article's quantities, in the order the articles were appended.
    private var runs: [ArticleQuantities] = []
    /// The position of each run's first quantity in the whole sequence.
    private var runStarts: [Int] = []
    public private(set) var endIndex = 0

    public init() {}

    public var startIndex: Int { 0 }

    /// Appends the next article's quantities, taking its list as it is.
    public mutating func append(run: ArticleQuantities) {
        runs.append(run)
        runStarts.append(endIndex)
        endIndex += run.list.count
    }

    /// Puts `run` in place of the `article`th article's quantities, and returns the places of its new ones.
    mutating func replaceRun(at article: Int, with run: ArticleQuantities) -> [Place] {
        let change = run.list.count - runs[article].list.count
        runs[article] = run
        for later in runStarts.indices where later > article { runStarts[later] += change }
        endIndex += change
        return places(inRun: article)
    }

    /// The places of the `article`th article's quantities.
    func places(inRun article: Int) -> [Place] {
        runs[article].list.indices.map { Place(run: UInt32(article), offset: UInt32($0)) }
    }

    public subscript(position: Int) -> CitedQuantity {
        self[place(of: position)]
    }

    /// A quantity's run and its offset in that run, in eight bytes: what a sorted order keeps, since
    /// reading through a place needs no search (reading by position halves the runs' starts).
    public struct Place: Sendable, Hashable {
        fileprivate var run: UInt32
        fileprivate var offset: UInt32

        /// The article the quantity is cited in, by its place among the runs.
        var article: Int { Int(run) }
    }

    public subscript(place: Place) -> CitedQuantity {
        runs[Int(place.run)][Int(place.offset)]
    }

    /// The quantity at `place` alone, without its article: what sorting reads most.
    func quantity(at place: Place) -> Quantity {
        runs[Int(place.run)].list[Int(place.offset)].quantity
    }

    /// Each article's quantities, in the order of `places`.
    var articleRuns: [ArticleQuantities] { runs }

    /// Every place, in order.
    public var places: [Place] {
        var places: [Place] = []
        places.reserveCapacity(count)
        for (run, article) in runs.enumerated() {
            for offset in article.list.indices { places.append(Place(run: UInt32(run), offset: UInt32(offset))) }
        }
        return places
    }

    /// The place of the quantity at `position`: the last run starting at or before it, found by halving
    /// (an article without quantities starts where the next one does, so the last is the one holding it).
    private func place(of position: Int) -> Place {
        precondition(position >= 0 && position < endIndex, "quantity \(position) of \(endIndex)")
        var low = 0
        var high = runStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runStarts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return Place(run: UInt32(low), offset: UInt32(position - runStarts[low]))
    }

    /// Goes through the runs one after the other, without a search per quantity.
    public struct Iterator: IteratorProtocol {
        fileprivate let runs: [ArticleQuantities]
        fileprivate var run = 0
        fileprivate var offset = 0

        public mutating func next() -> CitedQuantity? {
            while run < runs.count {
                if offset < runs[run].list.count {
                    defer { offset += 1 }
                    return runs[run][offset]
                }
                run += 1
                offset = 0
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(runs: runs) }
}
