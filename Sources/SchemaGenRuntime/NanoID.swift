/// Random URL-safe ids, 21 characters by default, from the alphabet of the nanoid package: the
/// application default `.appDefault(.nanoid)` of a column.
public enum NanoID {
    private static let alphabet = Array("_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    public static func make(size: Int = 21) -> String {
        var generator = SystemRandomNumberGenerator()
        // 64 letters: a random UInt64 modulo 64 is uniform.
        return String((0..<size).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
}
