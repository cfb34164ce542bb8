"""System checks for the question pipeline's configuration (filled in by the executor work)."""
