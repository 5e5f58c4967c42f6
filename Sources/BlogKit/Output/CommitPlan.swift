/// What committing a build to an output folder does, written into the
/// staging folder before the first rename (its journal): a build killed
/// during its burst of renames is finished by the next build's start, so a
/// folder is never left part old, part new for longer than that.
///
/// One line per step, tab-separated (no output path holds a control
/// character): `move NAME PATH` for a staged file, `remove PATH` for a
/// file of the last build, `keep PATH` for a file left as it was.
struct CommitPlan: Equatable {
    static let journalName = "journal"

    /// Staged files, by their name in the staging folder, and where each goes.
    var moves: [Move]
    /// Files of the last build the site no longer has.
    var removals: [String]
    /// Every file of the build: the manifest once the plan is carried out.
    var paths: Set<String>

    struct Move: Equatable {
        var name: String
        var path: String
    }

    init(moves: [Move], removals: [String], paths: Set<String>) {
        self.moves = moves
        self.removals = removals
        self.paths = paths
    }

    /// Reads a journal; nil for one that does not read (written halfway,
    /// which cannot happen as it is renamed into place whole, or damaged).
    init?(journal: String) {
        guard journal.hasSuffix("\n") else { return nil }
        moves = []
        removals = []
        paths = []
        for line in journal.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // Only paths a build could have written; and staged names are numbers.
            guard fields.count > 1, fields.dropFirst().allSatisfy({ FileName.problem(withPath: $0) == nil }) else { return nil }
            switch (fields.first, fields.count) {
            case ("move", 3):
                moves.append(Move(name: fields[1], path: fields[2]))
                paths.insert(fields[2])
            case ("remove", 2): removals.append(fields[1])
            case ("keep", 2): paths.insert(fields[1])
            default: return nil
            }
        }
    }

    var journal: String {
        let moved = Set(moves.map(\.path))
        return moves.map { "move\t\($0.name)\t\($0.path)\n" }.joined()
            + removals.map { "remove\t\($0)\n" }.joined()
            + paths.subtracting(moved).sorted().map { "keep\t\($0)\n" }.joined()
    }
}
