"""What ingest writes and retrieval reads: the shared schema of a strategy's chunks.

Both sides import this package and neither imports the other, so a change to how chunks are
stored is made once, here (`schema.ChunkMeta.to_store` / `from_store`), and the words strategies
use for their parts (`vocabulary`) are the same for the structure stage and the question parser.
"""
