"""Review mode: an official reads a review package (.mahop) read-only and writes a reply."""
