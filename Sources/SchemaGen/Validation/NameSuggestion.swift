/// The declared name a mistyped one most likely meant, for "did you mean" in diagnostics:
/// `emial` → `email`, `userid` → `user_id`, `Users` → `users`.
///
/// Names are compared without case and underscores, by the number of single-character edits
/// (insertions, deletions, substitutions, swaps of neighbours) between them: at most one for
/// names of up to five characters, two up to eight, three beyond.
enum NameSuggestion {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let wanted = Array(simplified(name))
        let limit = wanted.count <= 5 ? 1 : wanted.count <= 8 ? 2 : 3
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(wanted, Array(simplified(candidate)))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// `; did you mean "email"?`, or nothing.
    static func phrase(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }

    private static func simplified(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" }
    }

    /// Optimal string alignment distance.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
