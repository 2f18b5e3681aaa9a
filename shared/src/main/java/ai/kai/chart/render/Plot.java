package ai.kai.chart.render;

import java.awt.geom.Rectangle2D;

/** One subplot on the canvas: its pixel rectangle and its two scales. */
record Plot(Rectangle2D area, Scale x, Scale y) {
}
