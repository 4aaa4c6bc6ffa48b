"""Study-tool exports: JSON, Mnemosyne, Obsidian, Logseq, Quizlet, Mochi, and their shared
helpers."""
