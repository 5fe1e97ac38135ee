import ArgumentParser
import SchemaGen

extension HazardKind: ExpressibleByArgument {}

/// `--forbid-hazard` and `--allow-hazard` of `generate`, `diff` and `migrate`: the hazard kinds
/// refused, on top of the declaration's ``MigrationSettings``.
struct HazardOptions: ParsableArguments {
    @Option(name: .customLong("forbid-hazard"), help: ArgumentHelp(
        "Refuse a plan with this hazard kind (repeatable): \(HazardKind.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "kind"))
    var forbid: [HazardKind] = []

    @Option(name: .customLong("allow-hazard"), help: ArgumentHelp("Allow a hazard kind the declaration forbids (repeatable).", valueName: "kind"))
    var allow: [HazardKind] = []

    /// The options of the migration generator with these hazards and an online plan if asked.
    func generatorOptions(
        allowDestructive: Bool = true, name: String? = nil, custom: Bool = false, concurrentIndexes: Bool = false, online: Bool
    ) -> MigrationGenerator.Options {
        MigrationGenerator.Options(
            allowDestructive: allowDestructive, name: name, custom: custom,
            plan: PlanOptions(concurrentIndexes: concurrentIndexes, online: online ? PlanOptions.OnlineTimeouts() : nil),
            forbid: Set(forbid), allow: Set(allow))
    }
}
