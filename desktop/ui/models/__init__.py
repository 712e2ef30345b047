"""Qt item models over the project's records: each with named columns and custom roles."""
