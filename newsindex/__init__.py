"""newsindex: full-text search for news archives."""
