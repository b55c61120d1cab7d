import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Scales a PNG down in steps of 10 % until it is no larger than the given number of bytes (the README's screenshots):
 * java deploy/docs/ShrinkPng.java file.png 307200. Plain JDK, so no image tool needs installing.
 */
public class ShrinkPng {
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        long max = Long.parseLong(args[1]);
        BufferedImage original = ImageIO.read(file);
        for (double scale = 0.9; file.length() > max && scale >= 0.3; scale -= 0.1) {
            int w = (int) Math.round(original.getWidth() * scale), h = (int) Math.round(original.getHeight() * scale);
            BufferedImage smaller = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            var g = smaller.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(original, 0, 0, w, h, null);
            g.dispose();
            ImageIO.write(smaller, "png", file);
        }
        System.out.println(file + ": " + file.length() / 1024 + " KB");
    }
}
