package org.labelbench.ui.editor.canvas;

import org.eclipse.swt.graphics.GC;

/**
 * What a shape editor paints over the picture of an {@link ImageCanvas}, in two layers: the shapes that stay put while
 * the labeler works on one, painted into the canvas's cached layer only after {@link ImageCanvas#shapesChanged()} or a
 * change of view, first into its pixels with {@link #rasterShapes(ShapeRaster, ImageCanvas)} then with a GC; and the
 * overlay (the selection, its handles, a shape being drawn), painted on every paint. Both map
 * image coordinates to the view with {@link ImageCanvas#toViewX(double)} and {@link ImageCanvas#toViewY(double)}.
 */
public interface ShapePainter {

	/**
	 * Outlines the shapes that are not being edited straight into the pixels of the cached layer, over the picture:
	 * the fast way for thousands of shapes. {@link #paintShapes(GC, ImageCanvas)} paints over it afterwards. By
	 * default nothing: the shapes are all painted by {@link #paintShapes(GC, ImageCanvas)}.
	 */
	default void rasterShapes(ShapeRaster raster, ImageCanvas canvas) {
		// a painter without outlines of its own leaves the raster as it is
	}

	/**
	 * Paints the shapes that are not being edited, or what {@link #rasterShapes(ShapeRaster, ImageCanvas)} did not
	 * (their names). Called rarely, but over thousands of shapes: allocate nothing per shape.
	 */
	void paintShapes(GC gc, ImageCanvas canvas);

	/** Paints what follows the mouse: the selected shape, its handles, the shape being drawn. */
	void paintOverlay(GC gc, ImageCanvas canvas);
}
