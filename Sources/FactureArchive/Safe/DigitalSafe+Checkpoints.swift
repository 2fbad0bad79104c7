// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension DigitalSafe {
    /// Seals a checkpoint over every entry this safe knows of, unless the last one covers them all.
    ///
    /// - Returns: The newest checkpoint (the one just made, or the last one), `nil` for an empty journal.
    /// - Throws: ``FactureArchiveError`` with code `sealingFailure` or from the journal.
    @discardableResult
    public func checkpoint() async throws(FactureArchiveError) -> JournalCheckpoint? {
        if let running = checkpointInProgressTask {
            // One checkpoint at a time; a caller arriving meanwhile waits for it, then covers the rest.
            _ = await running.value
        }
        try await catchUp(to: try await journal.head().size)
        let size = UInt64(tree.size)
        if let lastCheckpoint, lastCheckpoint.treeSize >= size { return lastCheckpoint }
        if size == 0 { return nil }
        let task = Task { () async -> Result<JournalCheckpoint?, FactureArchiveError> in
            do throws(FactureArchiveError) {
                return .success(try await self.sealCheckpoint(treeSize: size))
            } catch {
                return .failure(error)
            }
        }
        checkpointInProgressTask = task
        defer { checkpointInProgressTask = nil }
        return try await task.value.get()
    }

    private func sealCheckpoint(treeSize size: UInt64) async throws(FactureArchiveError) -> JournalCheckpoint? {
        let root = try tree.rootHash(treeSize: Int(size))
        let issuedAt = now
        let seal = try await signer.seal(
            JournalCheckpoint.signedContent(treeSize: size, rootHash: root, issuedAt: issuedAt)
        )
        let checkpoint = JournalCheckpoint(treeSize: size, rootHash: root, issuedAt: issuedAt, seal: seal)
        do {
            try await journal.addCheckpoint(checkpoint)
        } catch  where error.code == .integrityViolation {
            // Another writer sealed a larger head meanwhile: theirs is the newest.
            let kept = try await journal.checkpoints()
            recordCheckpoint(kept.last)
            return kept.last
        }
        recordCheckpoint(checkpoint)
        return checkpoint
    }

    /// Seals a checkpoint when the configured number of entries or seconds has passed since the last.
    ///
    /// - Returns: The checkpoint made, `nil` when none was due.
    @discardableResult
    public func checkpointIfDue() async throws(FactureArchiveError) -> JournalCheckpoint? {
        let covered = Int(lastCheckpoint?.treeSize ?? 0)
        let uncovered = tree.size - covered
        guard uncovered > 0 else { return nil }
        let age = oldestUncoveredTime.map { Double(now.millisecondsSince1970 - $0.millisecondsSince1970) / 1000 } ?? 0
        guard uncovered >= configuration.checkpointEveryEntries || age >= configuration.checkpointEverySeconds else {
            return nil
        }
        return try await checkpoint()
    }

    /// Seals checkpoints every ``DigitalSafeConfiguration/checkpointEverySeconds`` while entries
    /// wait uncovered, until the task is cancelled. Run it beside the safe (in a task group or a
    /// service) so a quiet archive's last entries are sealed too.
    public func runCheckpoints() async {
        let interval = max(0.05, configuration.checkpointEverySeconds / 4)
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(interval))
            _ = try? await checkpointIfDue()
        }
    }

    /// Every kept checkpoint, by increasing tree size.
    public func checkpoints() async throws(FactureArchiveError) -> [JournalCheckpoint] {
        try await journal.checkpoints()
    }

    /// The audit path of entry `sequence` in the tree of the first `treeSize` entries.
    ///
    /// - Throws: ``FactureArchiveError/Code/notFound`` for an entry or size the journal does not have.
    public func inclusionProof(
        for sequence: UInt64,
        treeSize: UInt64
    ) async throws(FactureArchiveError) -> [MerkleHash] {
        try await catchUp(to: treeSize)
        return try tree.inclusionProof(leafIndex: Int(sequence), treeSize: Int(treeSize))
    }

    /// The proof that the tree of `oldSize` entries is a prefix of the tree of `newSize`.
    ///
    /// - Throws: ``FactureArchiveError/Code/notFound`` for sizes the journal does not have.
    public func consistencyProof(
        from oldSize: UInt64,
        to newSize: UInt64
    ) async throws(FactureArchiveError) -> [MerkleHash] {
        try await catchUp(to: newSize)
        return try tree.consistencyProof(from: Int(oldSize), to: Int(newSize))
    }

    /// The tree hash of the first `treeSize` entries.
    ///
    /// - Throws: ``FactureArchiveError/Code/notFound`` for a size the journal does not have.
    public func rootHash(treeSize: UInt64) async throws(FactureArchiveError) -> MerkleHash {
        try await catchUp(to: treeSize)
        return try tree.rootHash(treeSize: Int(treeSize))
    }
}
