/// The script preview pages carry: it long-polls the server for rebuilds,
/// reloads the page (keeping its scroll position) only when its own bytes
/// changed, and shows an overlay listing the errors of a failed build.
enum LiveReloadScript {
    static func tag(version: Int, errorsJSON: String) -> String {
        "<script>(function(){var version=\(version);var errors=\(errorsJSON);" + body + "})();</script>"
    }

    private static let body = """
        var key='blog-scroll:'+location.pathname;var y=sessionStorage.getItem(key);\
        if(y!==null){sessionStorage.removeItem(key);window.addEventListener('load',function(){window.scrollTo(0,+y);});}\
        function overlay(list){var box=document.getElementById('blog-errors');\
        if(!list.length){if(box)box.remove();return;}\
        if(!box){box=document.createElement('div');box.id='blog-errors';\
        box.style.cssText='position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;padding:2em;font:14px/1.6 monospace;white-space:pre-wrap';\
        document.body.appendChild(box);}\
        box.textContent='构建失败 / build failed\\n\\n'+list.join('\\n');}\
        function poll(){fetch('/__blog/wait?version='+version+'&path='+encodeURIComponent(location.pathname))\
        .then(function(r){return r.json();}).then(function(s){overlay(s.errors);\
        if(s.reload){sessionStorage.setItem(key,String(window.scrollY));location.reload();return;}\
        version=s.version;poll();}).catch(function(){setTimeout(poll,1000);});}\
        overlay(errors);poll();
        """
}
