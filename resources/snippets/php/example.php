<?php
// Obole: an example page sold through offer {{offer:raw_id}}. Copy its first lines to the top of your own page.
declare(strict_types=1);
require __DIR__ . '/obole-lib.php';
if (!obole_access_granted({{offer:php}})) {
    http_response_code(402);
    obole_render_widget_page({{offer:php}});
    exit;
}
?>
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Obole</title></head>
<body>
<p class="obole-access-granted">OBOLE-ACCESS-GRANTED</p>
<p>Your paid content goes here.</p>
</body>
</html>
