/**
 * marked-terminal styles text with chalk (and its tables with @colors/colors),
 * which fix their colour level once, when first imported, from FORCE_COLOR or
 * else from whether stdout is a terminal; and the level changes the layout a
 * little (a table's cells, a space left at the end of a wrapped line).
 * `node --test` sets FORCE_COLOR=1 in each test file's process only when its
 * own output is a terminal. Tests of rendered text import this module before
 * anything that imports the renderer, so that they render as a learner's
 * terminal does whichever way they are run.
 */
process.env.FORCE_COLOR = '1';
