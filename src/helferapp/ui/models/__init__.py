"""Qt item models over rows that the services return (they never open sessions)."""
