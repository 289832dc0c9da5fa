"""Tests of the record forms, their input widgets and the contact and consent dialogs."""
