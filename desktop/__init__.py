"""Trajectwijzer: the Qt desktop application."""
