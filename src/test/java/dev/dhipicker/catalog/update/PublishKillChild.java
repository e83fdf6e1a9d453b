package dev.dhipicker.catalog.update;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process {@link PublishKillTest} kills: {@code pause DIR NEW} publishes NEW through the real
 * store and stops for good between keeping the previous catalog and replacing the current one;
 * {@code loop DIR A B} publishes A and B in turn until it is killed.
 */
public final class PublishKillChild {
    private PublishKillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("pause")) {
            UserCatalogStore store = new UserCatalogStore(dir, () -> {
                System.out.println("PUBLISHING");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            store.publish(Files.readAllBytes(Path.of(args[2])));
            return;
        }
        UserCatalogStore store = new UserCatalogStore(dir);
        byte[] a = Files.readAllBytes(Path.of(args[2]));
        byte[] b = Files.readAllBytes(Path.of(args[3]));
        for (long i = 0; ; i++) {
            store.publish(i % 2 == 0 ? b : a);
            if (i == 2) {
                System.out.println("PUBLISHING");
                System.out.flush();
            }
        }
    }
}
